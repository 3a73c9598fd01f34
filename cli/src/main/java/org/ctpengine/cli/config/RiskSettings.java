package org.ctpengine.cli.config;

import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.strategies.params.Problems;

/** A {@code risk:} section over {@link RiskLimits#defaults()}: absent keys keep the default, 0 turns a limit off. */
final class RiskSettings
{
    private RiskSettings()
    {
    }

    static RiskLimits read(final Problems problems, final String path, final ConfigFile.RiskSection section)
    {
        final RiskLimits d = RiskLimits.defaults();
        if (section == null)
        {
            return d;
        }
        return new RiskLimits(
            count(problems, path + ".max-order-volume", section.maxOrderVolume(), d.maxOrderVolume()),
            count(problems, path + ".max-position-per-instrument", section.maxPositionPerInstrument(), d.maxPositionPerInstrument()),
            (int) count(problems, path + ".max-orders-per-second", section.maxOrdersPerSecond(), d.maxOrdersPerSecond()),
            (int) count(problems, path + ".max-cancels-per-second", section.maxCancelsPerSecond(), d.maxCancelsPerSecond()),
            count(problems, path + ".max-orders-per-day", section.maxOrdersPerDay(), d.maxOrdersPerDay()),
            count(problems, path + ".max-cancels-per-day", section.maxCancelsPerDay(), d.maxCancelsPerDay()),
            (int) count(problems, path + ".max-cancels-per-instrument-per-day", section.maxCancelsPerInstrumentPerDay(),
                d.maxCancelsPerInstrumentPerDay()),
            section.selfTradePrevention() == null ? d.selfTradePrevention() : section.selfTradePrevention(),
            section.checkPrice() == null ? d.checkPrice() : section.checkPrice(),
            section.checkTradingStatus() == null ? d.checkTradingStatus() : section.checkTradingStatus());
    }

    private static long count(final Problems problems, final String path, final Number value, final long defaultValue)
    {
        if (value == null)
        {
            return defaultValue;
        }
        if (value.longValue() < 0)
        {
            throw problems.at(path, value + " is negative (0 turns the limit off)");
        }
        return value.longValue();
    }
}
