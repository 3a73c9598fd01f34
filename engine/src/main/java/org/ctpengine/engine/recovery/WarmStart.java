package org.ctpengine.engine.recovery;

import java.util.List;

/**
 * The state a new engine continues from: reference data seen today and, per account, what the last run knew.
 * Applied by {@link org.ctpengine.engine.host.Engine#warmStart} after construction, before the engine connects.
 *
 * @param instruments reference data from today's instrument queries (the new run's query refreshes it)
 * @param accounts    one entry per account the journal knew today
 */
public record WarmStart(List<RecoveredInstrument> instruments, List<RecoveredAccount> accounts)
{
    public WarmStart
    {
        instruments = List.copyOf(instruments);
        accounts = List.copyOf(accounts);
    }

    /** The account's recovered state, or null when the journal knew nothing of it today. */
    public RecoveredAccount account(final String name)
    {
        for (final RecoveredAccount account : accounts)
        {
            if (account.name().equals(name))
            {
                return account;
            }
        }
        return null;
    }

    public boolean isEmpty()
    {
        return accounts.isEmpty();
    }

    /** One line for the log: per account, orders (live), trades and the OrderRef the new run continues after. */
    public String describe()
    {
        final StringBuilder out = new StringBuilder();
        for (final RecoveredAccount account : accounts)
        {
            out.append(out.length() == 0 ? "" : "; ").append(account.name()).append(" (trading day ")
                .append(account.tradingDay()).append("): ").append(account.ordersToday().orders()).append(" orders sent, ")
                .append(account.liveOrders().size()).append(" live, ").append(account.trades().size())
                .append(" trades, next OrderRef above ").append(account.maxOrderRef());
        }
        return out.toString();
    }
}
