package org.ctpengine.strategies.examples;

import org.ctpengine.adapter.struct.StructFlyweight;
import org.ctpengine.engine.order.OrderState;
import org.ctpengine.engine.order.WorkingOrder;
import org.ctpengine.engine.position.Position;
import org.ctpengine.engine.api.Fill;
import org.ctpengine.engine.api.OrderBuilder;
import org.ctpengine.engine.api.Strategy;
import org.ctpengine.engine.api.StrategyContext;
import org.ctpengine.engine.api.Tick;
import org.ctpengine.strategies.params.StrategyParams;

import java.util.List;

/**
 * Quotes one bid and one ask around the mid of each listed instrument, {@code halfSpreadTicks} away, and
 * earns the spread when both sides trade.
 *
 * <p>The idioms to copy:
 * <ul>
 *     <li><b>State in primitive arrays</b>, one slot per instrument, sized in {@link #onStart}: the tick path
 *     reads the {@link Tick} view, does arithmetic and sends; it allocates nothing and keeps no reference to
 *     the view, which is valid only during the call.</li>
 *     <li><b>Cancel, then re-send.</b> A quote whose price is stale is cancelled; its replacement goes out only
 *     when the cancel is confirmed ({@link #onOrder}), so the strategy never has two orders on one side and
 *     never crosses its own resting order (the engine's self-trade check would refuse it).</li>
 *     <li><b>Positions from the engine</b> ({@link StrategyContext#position(int)}, attributed from this strategy's
 *     own fills and marked at each tick): inventory skews both quotes away from the side it already holds, a
 *     side stops quoting when one more fill would take |inventory| past {@code maxInventory}, and the PnL
 *     (realised + unrealised) is checked against {@code maxLoss}: below it, everything is cancelled and the
 *     strategy stays out for the rest of the run.</li>
 *     <li><b>Rejections are results.</b> The engine's risk limits (given in the strategy's configuration, not
 *     here) refuse orders it deems too fast or too large; {@link #onOrder} pauses that instrument and a timer
 *     on the event clock resumes it, rather than hammering the limit tick after tick.</li>
 * </ul>
 * Owned by the strategy's thread, like every strategy.
 */
public final class MarketMaker implements Strategy
{
    /** How long an instrument stays paused after a rejection, event-clock nanoseconds. */
    private static final long BACKOFF_NANOS = 250_000_000L;

    /**
     * @param instruments     InstrumentIDs to quote
     * @param halfSpreadTicks distance of each quote from mid, in price ticks
     * @param quoteSize       lots per quote
     * @param maxInventory    most lots net long or net short
     * @param maxLoss         yuan: stop when realised + unrealised PnL falls below minus this
     */
    public record Settings(List<String> instruments, int halfSpreadTicks, int quoteSize, int maxInventory, double maxLoss)
    {
    }

    /** Two ticks each side, one lot, at most five lots of inventory, stop at a loss of 20 000 yuan. */
    public static Settings defaults(final List<String> instruments)
    {
        return new Settings(List.copyOf(instruments), 2, 1, 5, 20_000.0);
    }

    private final Settings settings;
    private final int count;
    private final int[] instrument;
    private final double[] tickSize;
    private final Position[] position;
    private final WorkingOrder[] bid;
    private final WorkingOrder[] ask;
    private final double[] quotedMid;
    private final long[] pausedUntil;
    private StrategyContext context;
    private boolean halted;

    public MarketMaker(final Settings settings)
    {
        if (settings.instruments().isEmpty() || settings.halfSpreadTicks() < 1 || settings.quoteSize() < 1 ||
            settings.maxInventory() < settings.quoteSize() || settings.maxLoss() <= 0)
        {
            throw new IllegalArgumentException("market maker: bad settings " + settings);
        }
        this.settings = settings;
        this.count = settings.instruments().size();
        this.instrument = new int[count];
        this.tickSize = new double[count];
        this.position = new Position[count];
        this.bid = new WorkingOrder[count];
        this.ask = new WorkingOrder[count];
        this.quotedMid = new double[count];
        this.pausedUntil = new long[count];
    }

    /**
     * From a configuration file: {@code instruments:} (one or more) and {@code params:} {@code half-spread-ticks},
     * {@code quote-size}, {@code max-inventory}, {@code max-loss}, each defaulting to {@link #defaults}.
     */
    public MarketMaker(final StrategyParams params)
    {
        this(settings(params));
    }

    static Settings settings(final StrategyParams params)
    {
        final Settings d = defaults(params.someInstruments());
        return new Settings(d.instruments(), params.integer("half-spread-ticks", d.halfSpreadTicks()),
            params.integer("quote-size", d.quoteSize()), params.integer("max-inventory", d.maxInventory()),
            params.decimal("max-loss", d.maxLoss()));
    }

    @Override
    public void onStart(final StrategyContext context)
    {
        this.context = context;
        for (int i = 0; i < count; i++)
        {
            final String id = settings.instruments().get(i);
            instrument[i] = context.instrument(id);
            if (instrument[i] < 0)
            {
                throw new IllegalArgumentException("market maker: unknown instrument " + id);
            }
            tickSize[i] = context.instrumentInfo(instrument[i]).tickSize();
            position[i] = context.position(instrument[i]);
            quotedMid[i] = Double.NaN;
            context.subscribe(id);
        }
    }

    @Override
    public void onTick(final Tick tick)
    {
        final int slot = slotOf(tick.instrument());
        if (halted || slot < 0 || checkLoss())
        {
            return;
        }
        final double bestBid = tick.bidPrice();
        final double bestAsk = tick.askPrice();
        if (StructFlyweight.isNoValue(bestBid) || StructFlyweight.isNoValue(bestAsk))
        {
            return; // a one-sided book has no mid
        }
        final double mid = 0.5 * (bestBid + bestAsk);
        if (Double.isNaN(quotedMid[slot]) || Math.abs(mid - quotedMid[slot]) >= tickSize[slot] - 1e-9)
        {
            quotedMid[slot] = mid;
        }
        requote(slot);
    }

    @Override
    public void onOrder(final OrderUpdate update)
    {
        final WorkingOrder order = update.order();
        final int slot = slotOf(order.instrument());
        if (halted || slot < 0 || (order != bid[slot] && order != ask[slot]) || order.state().isLive())
        {
            return;
        }
        if (order.state() == OrderState.REJECTED || update.errorId() != 0)
        {
            pausedUntil[slot] = context.now() + BACKOFF_NANOS;
            context.scheduleAfter(BACKOFF_NANOS);
            return;
        }
        requote(slot); // a cancel confirmed or a quote filled: its replacement goes out now
    }

    @Override
    public void onTrade(final Fill fill)
    {
        checkLoss();
    }

    @Override
    public void onTimer(final long timerId)
    {
        for (int i = 0; i < count; i++)
        {
            if (!halted && pausedUntil[i] != 0 && context.now() >= pausedUntil[i])
            {
                pausedUntil[i] = 0;
                requote(i);
            }
        }
    }

    /** Whether the loss limit stopped it (it then quotes nothing until restarted). */
    public boolean isHalted()
    {
        return halted;
    }

    /** Brings both sides of one instrument to what is wanted: at most one live order per side. */
    private void requote(final int slot)
    {
        if (Double.isNaN(quotedMid[slot]) || pausedUntil[slot] != 0)
        {
            return;
        }
        final long net = position[slot].net();
        final int size = settings.quoteSize();
        final int half = settings.halfSpreadTicks();
        // Long inventory lowers both quotes (sell more readily, buy less), short raises them: by a full
        // half-spread at the inventory limit.
        final long skew = net * half / settings.maxInventory();
        final double tick = tickSize[slot];
        final long midHalfTicks = Math.round(quotedMid[slot] / tick * 2); // exact: bid and ask are on the grid
        final double bidPrice = tick * (Math.floorDiv(midHalfTicks, 2) - half - skew);
        final double askPrice = tick * (Math.floorDiv(midHalfTicks + 1, 2) + half - skew);
        bid[slot] = side(slot, bid[slot], true, bidPrice, net + size <= settings.maxInventory(), ask[slot]);
        ask[slot] = side(slot, ask[slot], false, askPrice, net - size >= -settings.maxInventory(), bid[slot]);
    }

    private WorkingOrder side(final int slot, final WorkingOrder current, final boolean isBuy, final double price,
        final boolean allowed, final WorkingOrder other)
    {
        if (current != null && current.state().isLive())
        {
            if ((!allowed || current.limitPrice() != price) && !current.isCancelPending())
            {
                context.cancel(current);
            }
            return current;
        }
        final boolean crossesOwn = other != null && other.state().isLive() &&
            (isBuy ? price >= other.limitPrice() : price <= other.limitPrice());
        if (!allowed || crossesOwn)
        {
            return current;
        }
        final OrderBuilder order = context.order().instrument(instrument[slot]).limit(price).volume(settings.quoteSize());
        Offsets.closeBeforeOpen(isBuy ? order.buy() : order.sell(), position[slot], isBuy, settings.quoteSize());
        return order.send();
    }

    /** Cancels everything and halts when the PnL of all quoted instruments is below the loss limit. */
    private boolean checkLoss()
    {
        if (halted)
        {
            return true;
        }
        double pnl = 0;
        for (int i = 0; i < count; i++)
        {
            pnl += position[i].realisedPnl() + position[i].unrealisedPnl();
        }
        if (pnl < -settings.maxLoss())
        {
            halted = true;
            context.cancelAll();
        }
        return halted;
    }

    private int slotOf(final int instrumentIndex)
    {
        for (int i = 0; i < count; i++)
        {
            if (instrument[i] == instrumentIndex)
            {
                return i;
            }
        }
        return -1;
    }
}
