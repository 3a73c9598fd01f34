package org.ctpengine.engine.risk;

/**
 * Limits one {@link RiskChecker} enforces; one set per strategy and one global set. Zero or negative
 * turns a numeric limit off. Immutable.
 *
 * @param maxOrderVolume                 lots per order
 * @param maxPositionPerInstrument       lots held plus pending opens, per side, per instrument
 * @param maxOrdersPerSecond             new orders in any one-second window
 * @param maxCancelsPerSecond            cancels in any one-second window
 * @param maxOrdersPerDay                new orders per trading day
 * @param maxCancelsPerDay               cancels per trading day
 * @param maxCancelsPerInstrumentPerDay  the exchanges' per-instrument daily cancel limit (e.g. 500)
 * @param selfTradePrevention            refuse orders that would cross the engine's own resting orders
 * @param checkPrice                     price on tick and inside the limit band
 * @param checkTradingStatus             refuse when the instrument is not in continuous trading
 */
public record RiskLimits(
    long maxOrderVolume,
    long maxPositionPerInstrument,
    int maxOrdersPerSecond,
    int maxCancelsPerSecond,
    long maxOrdersPerDay,
    long maxCancelsPerDay,
    int maxCancelsPerInstrumentPerDay,
    boolean selfTradePrevention,
    boolean checkPrice,
    boolean checkTradingStatus)
{
    /** Sane defaults for a new user: small orders, modest rates, the exchanges' 500-cancel rule. */
    public static RiskLimits defaults()
    {
        return new RiskLimits(10, 50, 20, 20, 10_000, 10_000, 480, true, true, true);
    }

    /** Nothing enforced (for replays that compare against a recording made with other limits). */
    public static RiskLimits none()
    {
        return new RiskLimits(0, 0, 0, 0, 0, 0, 0, false, false, false);
    }
}
