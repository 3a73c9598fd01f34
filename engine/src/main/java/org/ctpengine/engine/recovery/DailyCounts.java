package org.ctpengine.engine.recovery;

import java.util.Map;

/**
 * Orders and cancels sent today, which the daily risk limits count (the exchanges' per-instrument cancel limit
 * among them): a restart must not give a strategy a fresh allowance.
 *
 * @param cancelsByInstrument cancels per InstrumentID
 */
public record DailyCounts(long orders, long cancels, Map<String, Integer> cancelsByInstrument)
{
    public static final DailyCounts NONE = new DailyCounts(0, 0, Map.of());

    public DailyCounts
    {
        cancelsByInstrument = Map.copyOf(cancelsByInstrument);
    }
}
