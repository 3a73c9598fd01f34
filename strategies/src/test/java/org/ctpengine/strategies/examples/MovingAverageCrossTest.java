package org.ctpengine.strategies.examples;

import org.ctpengine.engine.bar.Bar;
import org.ctpengine.engine.bar.BarAlignment;
import org.ctpengine.engine.bar.BarPeriod;
import org.ctpengine.engine.api.Strategy;
import org.ctpengine.engine.api.StrategyContext;
import org.ctpengine.journal.replay.ReplayOptions;
import org.ctpengine.journal.replay.WhatIfReplay;
import org.ctpengine.journal.replay.WhatIfResult;
import org.ctpengine.journal.tools.JournalCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bar example as a backtest: an hour and a quarter of one-minute rb2501 history (a price that swings every
 * twenty minutes, so the averages cross) imported from CSV, then what-if replayed with the simulator filling the
 * orders. The strategy sees one bar per trading minute and trades at every cross; two runs decide alike.
 */
class MovingAverageCrossTest
{
    /** 09:00:00 to 10:14:58, a tick every 2 s: the first day segment before SHFE's 10:15 break. */
    private static final int TICKS = 75 * 30;

    @TempDir
    static Path directory;
    static Path imported;

    @BeforeAll
    static void importHistory() throws IOException
    {
        final Path csv = directory.resolve("rb2501.csv");
        final StringBuilder text = new StringBuilder("InstrumentID,ExchangeID,TradingDay,ActionDay,UpdateTime," +
            "UpdateMillisec,LastPrice,Volume,Turnover,OpenInterest,BidPrice1,BidVolume1,AskPrice1,AskVolume1," +
            "UpperLimitPrice,LowerLimitPrice,PreSettlementPrice\n");
        long volume = 0;
        for (int i = 0; i < TICKS; i++)
        {
            final int second = 9 * 3600 + 2 * i;
            final double price = 3500 + Math.round(20 * Math.sin(2 * Math.PI * (2 * i) / 1200.0));
            volume += 3;
            text.append(String.format(Locale.ROOT, "rb2501,SHFE,20260302,20260302,%02d:%02d:%02d,0,%.1f,%d,%.1f,100000,%.1f,50,%.1f,50,3700,3300,3500%n",
                second / 3600, second / 60 % 60, second % 60, price, volume, volume * price * 10, price - 1, price + 1));
        }
        Files.writeString(csv, text);
        imported = directory.resolve("imported");
        final StringWriter err = new StringWriter();
        final int exit = JournalCommand.commandLine().setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(err))
            .execute("import", "--csv", csv.toString(), "--out", imported.toString());
        assertThat(exit).as(err.toString()).isZero();
    }

    /** Counts the one-minute bars, as the example asks for them. */
    static final class BarCounter implements Strategy
    {
        final List<String> starts = new ArrayList<>();

        @Override
        public void onStart(final StrategyContext context)
        {
            context.bars("rb2501", BarPeriod.minutes(1), BarAlignment.CLOCK);
        }

        @Override
        public void onBar(final Bar bar)
        {
            starts.add(bar.appendStart(new StringBuilder()).toString());
        }
    }

    private static WhatIfResult backtest(final String name, final BarCounter counter) throws Exception
    {
        return WhatIfReplay.run(imported, List.of(
                SimSession.strategy("ma", new MovingAverageCross(MovingAverageCross.defaults("rb2501")), SimSession.FAST),
                SimSession.strategy("bars", counter, SimSession.FAST)),
            SimSession.FAST, ReplayOptions.DEFAULT, directory.resolve(name));
    }

    @Test
    void oneBarATradingMinuteAndATradeAtEveryCrossTheSameEveryTime() throws Exception
    {
        final BarCounter counter = new BarCounter();
        final WhatIfResult first = backtest("what-if-1", counter);

        assertThat(counter.starts).as("a bar per minute from 09:00, the last (10:14) by the segment's end or not yet")
            .hasSizeBetween(74, 75).startsWith("2026-03-02 09:00:00", "2026-03-02 09:01:00");
        // Crosses every ten minutes or so once the 20-bar average is full: a handful of reversals.
        assertThat(first.fills()).isGreaterThanOrEqualTo(3);
        assertThat(first.rejects()).isZero();

        final WhatIfResult second = backtest("what-if-2", new BarCounter());
        assertThat(second.orders()).isEqualTo(first.orders());
        assertThat(second.fills()).isEqualTo(first.fills());
        assertThat(second.positions()).isEqualTo(first.positions());
    }
}
