package org.ctpengine.journal.replay;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * What a what-if run did.
 *
 * @param ticks     recorded ticks injected
 * @param orders    orders the strategies sent
 * @param rejects   orders refused (by risk checks or the simulator)
 * @param fills     trades
 * @param positions net position by instrument at the end (account book)
 * @param pnl       position plus close PnL at the end (account book)
 * @param journal   the run's own journal
 * @param scope     null for the whole recording; else the filter
 */
public record WhatIfResult(long ticks, long orders, long rejects, long fills, Map<String, Long> positions, double pnl,
    Path journal, String scope)
{
    @Override
    public String toString()
    {
        return String.format(Locale.ROOT, "what-if: %d ticks, %d orders (%d rejected), %d fills, position %s, pnl %.2f%n" +
                "journal: %s%s", ticks, orders, rejects, fills, positions, pnl, journal.toAbsolutePath(),
            scope == null ? "" : "\n" + scope);
    }
}
