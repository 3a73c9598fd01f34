package org.ctpengine.engine.recovery;

import org.ctpengine.engine.order.OrderState;

/**
 * One of the engine's orders still working at the counter when the last run stopped. Its identity is the
 * session that sent it (FrontID, SessionID, OrderRef): returns for it keep that identity after the new login.
 *
 * @param strategy      the strategy that sent it (its name: ids are per run)
 * @param limitPrice    NaN for a market order
 * @param orderSysId    the exchange's id, empty until the exchange accepted the order
 */
public record RecoveredOrder(
    String strategy,
    int frontId,
    int sessionId,
    long orderRef,
    String instrumentId,
    byte direction,
    byte offsetFlag,
    double limitPrice,
    long volume,
    long tradedVolume,
    OrderState state,
    boolean cancelPending,
    String exchangeId,
    String orderSysId)
{
}
