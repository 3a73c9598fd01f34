package org.ctpengine.engine.recovery;

/**
 * One trade of the day, as OnRtnTrade or the trade query reported it.
 *
 * @param direction  {@link org.ctpengine.adapter.codes.Direction} code
 * @param offsetFlag {@link org.ctpengine.adapter.codes.OffsetFlag} code
 * @param strategy   the strategy whose order it filled, or null for an order the engine did not send
 */
public record RecoveredTrade(String exchangeId, String tradeId, String instrumentId, byte direction, byte offsetFlag,
    long volume, double price, String strategy)
{
}
