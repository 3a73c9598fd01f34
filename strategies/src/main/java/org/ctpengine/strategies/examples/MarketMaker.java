package org.ctpengine.strategies.examples;

import org.ctpengine.adapter.struct.StructFlyweight;
import org.ctpengine.engine.order.WorkingOrder;
import org.ctpengine.engine.position.Position;
import org.ctpengine.engine.strategy.Strategy;
import org.ctpengine.engine.strategy.StrategyContext;
import org.ctpengine.engine.strategy.Tick;

import java.util.List;

/**
 * Quotes one bid and one ask around mid in each instrument, skewed against inventory, within an inventory
 * limit per side and a loss limit overall.
 *
 * <p>Idioms worth copying: the tick is a view valid only during {@code onTick} (read the numbers, keep
 * nothing); per-instrument state lives in primitive arrays indexed by the engine's instrument index, so the
 * tick path allocates nothing; a quote is replaced by cancelling it and sending a new one only once the
 * cancel is confirmed (never two live quotes a side); the engine's risk limits stay in force and a refusal
 * comes back through {@code onOrder}.
 */
public final class MarketMaker implements Strategy
{
    /**
     * @param instruments     what to quote
     * @param halfSpreadTicks distance of each quote from mid, in ticks
     * @param quoteSize       lots per quote
     * @param maxInventory    no more buying (selling) once long (short) this many lots
     * @param maxLoss         stop quoting and cancel everything when realised + open PnL falls below −maxLoss, yuan
     */
    public record Settings(List<String> instruments, int halfSpreadTicks, int quoteSize, int maxInventory, double maxLoss)
    {
        public Settings
        {
            instruments = List.copyOf(instruments);
        }

        /** Two ticks either side, one lot, at most five lots of inventory, stop at a loss of 20 000 yuan. */
        public static Settings defaults(final List<String> instruments)
        {
            return new Settings(instruments, 2, 1, 5, 20_000);
        }
    }

    private final Settings settings;
    private StrategyContext context;
    private int[] quoted = new int[0];
    private WorkingOrder[] bids = new WorkingOrder[0];
    private WorkingOrder[] asks = new WorkingOrder[0];
    private double[] quotedMid = new double[0];
    private boolean stopped;

    public MarketMaker(final Settings settings)
    {
        this.settings = settings;
    }

    @Override
    public void onStart(final StrategyContext context)
    {
        this.context = context;
        quoted = new int[settings.instruments().size()];
        int capacity = 0;
        for (int i = 0; i < quoted.length; i++)
        {
            quoted[i] = context.instrument(settings.instruments().get(i));
            capacity = Math.max(capacity, quoted[i] + 1);
            context.subscribe(settings.instruments().get(i));
        }
        bids = new WorkingOrder[capacity];
        asks = new WorkingOrder[capacity];
        quotedMid = new double[capacity];
    }

    @Override
    public void onTick(final Tick tick)
    {
        final int instrument = tick.instrument();
        if (stopped || instrument >= bids.length || StructFlyweight.isNoValue(tick.bidPrice()) ||
            StructFlyweight.isNoValue(tick.askPrice()))
        {
            return;
        }
        if (lossLimitReached())
        {
            stopped = true;
            context.cancelAll();
            return;
        }
        final double tickSize = context.instrumentInfo(instrument).tickSize();
        final double mid = (tick.bidPrice() + tick.askPrice()) / 2;
        if (Math.abs(mid - quotedMid[instrument]) >= tickSize)
        {
            cancelIfLive(bids[instrument]);
            cancelIfLive(asks[instrument]);
        }
        final Position position = context.position(instrument);
        final long inventory = position.net();
        // Skew: one tick per lot of inventory, so a long book quotes lower (sells sooner, buys later).
        final double skew = inventory * tickSize;
        final double bid = roundDown(mid - settings.halfSpreadTicks() * tickSize - skew, tickSize);
        final double ask = roundUp(mid + settings.halfSpreadTicks() * tickSize - skew, tickSize);
        if (isDone(bids[instrument]) && inventory < settings.maxInventory())
        {
            bids[instrument] = context.order().instrument(instrument).buy().open()
                .limit(bid).volume(settings.quoteSize()).send();
            quotedMid[instrument] = mid;
        }
        if (isDone(asks[instrument]) && inventory > -settings.maxInventory())
        {
            asks[instrument] = (position.longTotal() > 0 ? closeLong(position) : context.order().sell().open())
                .instrument(instrument).limit(ask).volume(settings.quoteSize()).send();
            quotedMid[instrument] = mid;
        }
    }

    private org.ctpengine.engine.strategy.OrderBuilder closeLong(final Position position)
    {
        // SHFE/INE need today's lots closed as "close today"; elsewhere close is close.
        return position.longToday() > 0 ? context.order().sell().closeToday() : context.order().sell().close();
    }

    private boolean lossLimitReached()
    {
        double pnl = 0;
        for (final int instrument : quoted)
        {
            if (instrument >= 0)
            {
                final Position position = context.position(instrument);
                pnl += position.realisedPnl() + position.unrealisedPnl();
            }
        }
        return pnl < -settings.maxLoss();
    }

    private void cancelIfLive(final WorkingOrder order)
    {
        if (order != null && order.state().isLive() && !order.isCancelPending())
        {
            context.cancel(order);
        }
    }

    private static boolean isDone(final WorkingOrder order)
    {
        return order == null || order.state().isTerminal();
    }

    private static double roundDown(final double price, final double tickSize)
    {
        return Math.floor(price / tickSize + 1e-9) * tickSize;
    }

    private static double roundUp(final double price, final double tickSize)
    {
        return Math.ceil(price / tickSize - 1e-9) * tickSize;
    }

    /** Whether the loss limit stopped the quoting. */
    public boolean isStopped()
    {
        return stopped;
    }
}
