package org.ctpengine.engine.recovery;

/**
 * One row of the day's first position query: lots held since yesterday.
 *
 * @param yesterdayLots       CTP's YdPosition: held at the start of the day, unchanged by today's closes
 * @param preSettlementPrice  yesterday's settlement price, at which CTP carries those lots
 */
public record RecoveredPosition(String instrumentId, boolean isLong, long yesterdayLots, double preSettlementPrice)
{
}
