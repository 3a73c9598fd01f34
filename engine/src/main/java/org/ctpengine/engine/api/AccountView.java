package org.ctpengine.engine.api;

/**
 * An account's funds, in yuan. The engine thread keeps the account's own (all its positions); a strategy's
 * {@link StrategyContext#account()} is its own view, built on its thread from the events it handled.
 */
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

    /** Mark-to-market PnL of open positions at the last ticks (a strategy's view: its own positions). */
    double positionPnl();

    /** Realised PnL of positions closed today. */
    double closePnl();
}
