package org.ctpengine.engine.host;

import org.ctpengine.engine.instrument.InstrumentRegistry;
import org.ctpengine.engine.risk.GlobalRisk;
import org.ctpengine.engine.outbound.AccountLink;
import org.ctpengine.engine.strategy.StrategyRunner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjIntConsumer;
import org.ctpengine.engine.recovery.DailyCounts;
import org.ctpengine.engine.recovery.RecoveredAccount;
import org.ctpengine.engine.recovery.RecoveredInstrument;
import org.ctpengine.engine.recovery.WarmStart;

/**
 * Puts a recovered {@link WarmStart} into an engine's parts before a warm run starts: reference data, each account's
 * OrderRef floor and books, the strategies' live orders (with their owners) and positions, and the daily risk counts
 * per strategy and engine-wide. One place for the live engine and the replay of a warm run, so both restore the same.
 */
public final class WarmStartRestore
{
    private WarmStartRestore()
    {
    }

    /**
     * @param accountBooks restores channel c's account books (the live engine's trader session, or the replay's
     *                     account state) from its recovered account
     * @param instrumentCapacity instrument indexes run from 0 to this (exclusive)
     */
    public static void restore(final WarmStart state, final InstrumentRegistry instruments, final AccountLink[] links,
        final ObjIntConsumer<RecoveredAccount> accountBooks, final List<StrategyRunner> runners, final GlobalRisk globalRisk,
        final int instrumentCapacity)
    {
        for (final RecoveredInstrument instrument : state.instruments())
        {
            instruments.define(instrument.instrumentId(), instrument.exchange(), instrument.tickSize(),
                instrument.multiplier(), instrument.marginRatio());
        }
        long orders = 0;
        long cancels = 0;
        final Map<String, Integer> cancelsByInstrument = new HashMap<>();
        final Map<String, DailyCounts> byStrategy = new HashMap<>();
        for (int channel = 0; channel < links.length; channel++)
        {
            final RecoveredAccount account = links[channel] == null ? null : state.account(links[channel].name());
            if (account == null)
            {
                continue;
            }
            links[channel].raiseOrderRefFloor(account.maxOrderRef());
            accountBooks.accept(account, channel);
            for (final StrategyRunner runner : runners)
            {
                runner.restore(channel, account);
            }
            orders += account.ordersToday().orders();
            cancels += account.ordersToday().cancels();
            account.ordersToday().cancelsByInstrument().forEach((id, n) -> cancelsByInstrument.merge(id, n, Integer::sum));
            account.strategyCounts().forEach((name, counts) -> byStrategy.merge(name, counts, WarmStartRestore::sum));
        }
        for (final StrategyRunner runner : runners)
        {
            runner.restoreDailyCounts(byStrategy);
        }
        final int[] cancelsByIndex = new int[instrumentCapacity];
        cancelsByInstrument.forEach((id, n) ->
        {
            final int index = instruments.indexOf(id);
            if (index >= 0)
            {
                cancelsByIndex[index] = n;
            }
        });
        globalRisk.restoreDailyCounts(orders, cancels, cancelsByIndex);
    }

    private static DailyCounts sum(final DailyCounts a, final DailyCounts b)
    {
        final Map<String, Integer> cancels = new HashMap<>(a.cancelsByInstrument());
        b.cancelsByInstrument().forEach((id, n) -> cancels.merge(id, n, Integer::sum));
        return new DailyCounts(a.orders() + b.orders(), a.cancels() + b.cancels(), cancels);
    }
}
