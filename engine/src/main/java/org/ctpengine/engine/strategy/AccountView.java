package org.ctpengine.engine.strategy;

/** An account's funds as the engine currently sees them, in yuan. */
public interface AccountView
{
    String name();

    /** Balance: pre-balance + deposits − withdrawals + realised PnL + mark-to-market PnL − commission. */
    double balance();

    /** Funds free for new margin. */
    double available();

    /** Margin held by open positions. */
    double margin();

    /** Commission paid today. */
    double commission();

    /** Mark-to-market PnL of open positions at the last ticks. */
    double positionPnl();

    /** Realised PnL of positions closed today. */
    double closePnl();
}
