package org.ctpengine.strategies.examples;

import org.ctpengine.adapter.struct.StructFlyweight;
import org.ctpengine.engine.order.WorkingOrder;
import org.ctpengine.engine.position.Position;
import org.ctpengine.engine.api.OrderBuilder;
import org.ctpengine.engine.api.Strategy;
import org.ctpengine.engine.api.StrategyContext;
import org.ctpengine.engine.api.Tick;
import org.ctpengine.strategies.params.StrategyParams;

/**
 * Momentum on ticks: when the last price trades above the highest price of the last {@code lookbackMillis}
 * (or below the lowest), it follows the move with a fill-and-kill order at the touch, then leaves with a stop
 * or a take-profit a set number of ticks from its entry, and waits a cool-down before the next entry.
 *
 * <p>The idioms to copy:
 * <ul>
 *     <li><b>The event clock.</b> The window is measured in {@link StrategyContext#now()} (the tick's exchange
 *     time), never the wall clock, and the cool-down is a timer on that clock
 *     ({@link StrategyContext#scheduleAfter}): a replay of the journal makes exactly the same decisions.</li>
 *     <li><b>A ring of primitives.</b> Times and prices live in two preallocated arrays used as a ring; the tick
 *     path evicts, scans and appends without allocating. Its capacity bounds how many ticks one window holds:
 *     size it for the busiest second you expect.</li>
 *     <li><b>FAK for taking liquidity.</b> An entry or exit that misses (the touch moved) is cancelled by the
 *     exchange, not left resting at a stale price; {@link #onOrder} sees it end and the strategy decides again
 *     from its position, which the engine keeps from its own fills.</li>
 *     <li><b>One explicit state</b> per phase (flat, entering, in a position, exiting, cooling down), so that no
 *     tick can send a second order while one is in flight.</li>
 * </ul>
 */
public final class Breakout implements Strategy
{
    /**
     * @param instrument      InstrumentID to trade
     * @param lookbackMillis  the window whose high and low a breakout must pass, event-clock milliseconds
     * @param lots            lots per entry
     * @param stopTicks       exit when the price goes this many ticks against the entry
     * @param takeProfitTicks exit when the price goes this many ticks in favour of the entry
     * @param coolDownMillis  wait after an exit before the next entry, event-clock milliseconds
     * @param capacity        ticks the window can hold
     */
    public record Settings(String instrument, long lookbackMillis, int lots, int stopTicks, int takeProfitTicks,
        long coolDownMillis, int capacity)
    {
    }

    /** A ten-second window, one lot, stop 5 ticks, take profit 10 ticks, 30 s cool-down. */
    public static Settings defaults(final String instrument)
    {
        return new Settings(instrument, 10_000, 1, 5, 10, 30_000, 8192);
    }

    private static final int FLAT = 0;
    private static final int ENTERING = 1;
    private static final int IN_POSITION = 2;
    private static final int EXITING = 3;
    private static final int COOLING = 4;

    private final Settings settings;
    private final long lookbackNanos;
    private final long[] times;
    private final double[] prices;
    private int head; // index of the oldest entry
    private int size;
    private long firstTickNanos = Long.MIN_VALUE;
    private StrategyContext context;
    private int instrument;
    private double tickSize;
    private Position position;
    private int state = FLAT;
    private WorkingOrder order;
    private long coolDownTimer = -1;

    public Breakout(final Settings settings)
    {
        if (settings.lookbackMillis() <= 0 || settings.lots() < 1 || settings.stopTicks() < 1 ||
            settings.takeProfitTicks() < 1 || settings.coolDownMillis() < 0 || settings.capacity() < 2)
        {
            throw new IllegalArgumentException("breakout: bad settings " + settings);
        }
        this.settings = settings;
        this.lookbackNanos = settings.lookbackMillis() * 1_000_000L;
        this.times = new long[settings.capacity()];
        this.prices = new double[settings.capacity()];
    }

    /**
     * From a configuration file: {@code instruments:} (exactly one) and {@code params:} {@code lookback-ms},
     * {@code lots}, {@code stop-ticks}, {@code take-profit-ticks}, {@code cool-down-ms}, {@code capacity}, each
     * defaulting to {@link #defaults}.
     */
    public Breakout(final StrategyParams params)
    {
        this(settings(params));
    }

    static Settings settings(final StrategyParams params)
    {
        final Settings d = defaults(params.instruments(1).get(0));
        return new Settings(d.instrument(), params.longInteger("lookback-ms", d.lookbackMillis()), params.integer("lots", d.lots()),
            params.integer("stop-ticks", d.stopTicks()), params.integer("take-profit-ticks", d.takeProfitTicks()),
            params.longInteger("cool-down-ms", d.coolDownMillis()), params.integer("capacity", d.capacity()));
    }

    @Override
    public void onStart(final StrategyContext context)
    {
        this.context = context;
        instrument = context.instrument(settings.instrument());
        if (instrument < 0)
        {
            throw new IllegalArgumentException("breakout: unknown instrument " + settings.instrument());
        }
        tickSize = context.instrumentInfo(instrument).tickSize();
        position = context.position(instrument);
        context.subscribe(settings.instrument());
    }

    @Override
    public void onTick(final Tick tick)
    {
        final double last = tick.lastPrice();
        if (tick.instrument() != instrument || StructFlyweight.isNoValue(last) ||
            StructFlyweight.isNoValue(tick.bidPrice()) || StructFlyweight.isNoValue(tick.askPrice()))
        {
            return;
        }
        final long now = context.now();
        evictOlderThan(now - lookbackNanos);
        if (state == FLAT && size > 0 && now - firstTickNanos >= lookbackNanos)
        {
            final double high = high();
            final double low = low();
            if (last > high)
            {
                state = ENTERING;
                order = context.order().instrument(instrument).buy().open().limit(tick.askPrice()).fak()
                    .volume(settings.lots()).send();
            }
            else if (last < low)
            {
                state = ENTERING;
                order = context.order().instrument(instrument).sell().open().limit(tick.bidPrice()).fak()
                    .volume(settings.lots()).send();
            }
        }
        else if (state == IN_POSITION)
        {
            exitIfDue(tick.bidPrice(), tick.askPrice());
        }
        append(now, last);
    }

    @Override
    public void onOrder(final OrderUpdate update)
    {
        if (update.order() != order || update.order().state().isLive())
        {
            return;
        }
        order = null;
        final boolean holding = position.net() != 0;
        if (state == ENTERING)
        {
            // Nothing filled (the touch moved, or risk refused it): wait for the next breakout.
            state = holding ? IN_POSITION : FLAT;
        }
        else if (state == EXITING)
        {
            if (holding)
            {
                state = IN_POSITION; // the exit missed: the next tick tries again if still due
            }
            else
            {
                state = COOLING;
                coolDownTimer = context.scheduleAfter(settings.coolDownMillis() * 1_000_000L);
            }
        }
    }

    @Override
    public void onTimer(final long timerId)
    {
        if (timerId == coolDownTimer && state == COOLING)
        {
            coolDownTimer = -1;
            state = FLAT;
        }
    }

    private void exitIfDue(final double bid, final double ask)
    {
        final long net = position.net();
        final boolean isLong = net > 0;
        final double entry = isLong ? position.longAveragePrice() : position.shortAveragePrice();
        // A long leaves by selling at the bid, a short by buying at the ask: judge each by that price.
        final double movedTicks = isLong ? (bid - entry) / tickSize : (entry - ask) / tickSize;
        if (movedTicks > -settings.stopTicks() + 1e-9 && movedTicks < settings.takeProfitTicks() - 1e-9)
        {
            return;
        }
        state = EXITING;
        final OrderBuilder exit = context.order().instrument(instrument).fak().volume(Math.abs(net));
        if (isLong)
        {
            Offsets.closeBeforeOpen(exit.sell().limit(bid), position, false, net);
        }
        else
        {
            Offsets.closeBeforeOpen(exit.buy().limit(ask), position, true, -net);
        }
        order = exit.send();
    }

    private void append(final long now, final double price)
    {
        if (firstTickNanos == Long.MIN_VALUE)
        {
            firstTickNanos = now;
        }
        final int capacity = times.length;
        if (size == capacity)
        {
            head = (head + 1) % capacity; // full: the oldest tick falls out early
            size--;
        }
        final int tail = (head + size) % capacity;
        times[tail] = now;
        prices[tail] = price;
        size++;
    }

    private void evictOlderThan(final long oldest)
    {
        while (size > 0 && times[head] < oldest)
        {
            head = (head + 1) % times.length;
            size--;
        }
    }

    private double high()
    {
        double high = -Double.MAX_VALUE;
        for (int i = 0; i < size; i++)
        {
            high = Math.max(high, prices[(head + i) % prices.length]);
        }
        return high;
    }

    private double low()
    {
        double low = Double.MAX_VALUE;
        for (int i = 0; i < size; i++)
        {
            low = Math.min(low, prices[(head + i) % prices.length]);
        }
        return low;
    }
}
