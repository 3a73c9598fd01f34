package org.ctpengine.engine.strategy;

import org.ctpengine.adapter.struct.TradingAccountFlyweight;
import org.ctpengine.engine.position.Position;
import org.ctpengine.engine.api.AccountView;

/**
 * A strategy's view of its default account, built on the strategy's own thread from the events it handles, so a
 * replay reproduces it: the funds come from the counter's last account query response (RSP_QRY_TRADING_ACCOUNT; the
 * engine re-queries after trades) this thread handled, the mark-to-market PnL from the strategy's own positions on
 * the account at the ticks it handled. Owned by the runner's thread; reading it allocates nothing.
 */
final class StrategyAccountView implements AccountView
{
    /** One account's funds as the counter last reported them to this thread; shared by the thread's views of it. */
    static final class Funds
    {
        private final String name;
        private double balance;
        private double available;
        private double margin;
        private double commission;
        private double closeProfit;

        Funds(final String name)
        {
            this.name = name;
        }

        String name()
        {
            return name;
        }

        /** An account query response row. */
        void onTradingAccount(final TradingAccountFlyweight account)
        {
            balance = account.balance();
            available = account.available();
            margin = account.currMargin();
            commission = account.commission();
            closeProfit = account.closeProfit();
        }
    }

    private final Funds funds;
    /** The strategy's positions on the account, by instrument (null where it never traded). */
    private final Position[] positions;

    StrategyAccountView(final Funds funds, final Position[] positions)
    {
        this.funds = funds;
        this.positions = positions;
    }

    @Override
    public String name()
    {
        return funds.name;
    }

    @Override
    public double balance()
    {
        return funds.balance;
    }

    @Override
    public double available()
    {
        return funds.available;
    }

    @Override
    public double margin()
    {
        return funds.margin;
    }

    @Override
    public double commission()
    {
        return funds.commission;
    }

    /** Mark-to-market PnL of this strategy's own open positions on the account, at the last ticks it handled. */
    @Override
    public double positionPnl()
    {
        double pnl = 0;
        for (final Position position : positions)
        {
            if (position != null)
            {
                pnl += position.unrealisedPnl();
            }
        }
        return pnl;
    }

    @Override
    public double closePnl()
    {
        return funds.closeProfit;
    }
}
