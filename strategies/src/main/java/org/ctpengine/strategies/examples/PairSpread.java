package org.ctpengine.strategies.examples;

import org.ctpengine.adapter.struct.StructFlyweight;
import org.ctpengine.engine.order.OrderState;
import org.ctpengine.engine.order.WorkingOrder;
import org.ctpengine.engine.position.Position;
import org.ctpengine.engine.api.OrderBuilder;
import org.ctpengine.engine.api.Strategy;
import org.ctpengine.engine.api.StrategyContext;
import org.ctpengine.engine.api.Tick;
import org.ctpengine.strategies.params.StrategyParams;

import java.util.List;

/**
 * Trades the spread between two instruments (mid of A minus mid of B, one lot against one lot): a calendar
 * spread such as rb2501/rb2505, or any two related contracts. It keeps the mean and standard deviation of the
 * last {@code window} spread samples (one per tick of leg A), sells the spread when its z-score rises above
 * {@code entryZ}, buys it below {@code -entryZ}, and closes both legs when |z| falls under {@code exitZ}.
 *
 * <p>The idioms to copy:
 * <ul>
 *     <li><b>Targets, reconciled against positions.</b> The strategy decides a target net position per leg;
 *     whenever no leg order is in flight it compares the target with {@link StrategyContext#position(int)}
 *     (the engine's count of its own fills) and sends fill-and-kill orders for the difference. Partial fills,
 *     misses and retries all fall out of that one comparison.</li>
 *     <li><b>Legging risk.</b> Both legs of an entry go out together. If one fills and the other does not (it
 *     missed, or the engine's risk limits refused it), the strategy does not chase the missing leg: it drops
 *     the entry and flattens the leg it got, so it never holds one side of the spread by accident.</li>
 *     <li><b>Rejections back off on the event clock.</b> A refused order pauses trading for {@code retryMillis},
 *     through a timer, before the next attempt.</li>
 *     <li><b>A fixed window of primitives</b> with running sums: no allocation per sample; the sums are rebuilt
 *     from the window once per lap so rounding errors cannot accumulate.</li>
 * </ul>
 */
public final class PairSpread implements Strategy
{
    /**
     * @param legA        InstrumentID of the first leg (the spread is A − B)
     * @param legB        InstrumentID of the second leg
     * @param window      spread samples in the rolling mean and deviation
     * @param entryZ      enter when |z| rises above this
     * @param exitZ       leave when |z| falls below this
     * @param lots        lots per leg
     * @param retryMillis pause after a rejection, event-clock milliseconds
     */
    public record Settings(String legA, String legB, int window, double entryZ, double exitZ, int lots, long retryMillis)
    {
    }

    /** 600 samples, in at |z| &gt; 2, out at |z| &lt; 0.5, one lot per leg, one second after a rejection. */
    public static Settings defaults(final String legA, final String legB)
    {
        return new Settings(legA, legB, 600, 2.0, 0.5, 1, 1_000);
    }

    private static final int A = 0;
    private static final int B = 1;

    private final Settings settings;
    private final double[] samples;
    private int next;
    private int count;
    private double sum;
    private double sumOfSquares;
    private final int[] instrument = new int[2];
    private final Position[] position = new Position[2];
    private final double[] bid = {Double.NaN, Double.NaN};
    private final double[] ask = {Double.NaN, Double.NaN};
    private final long[] target = new long[2];
    private final WorkingOrder[] order = new WorkingOrder[2];
    private boolean entering;
    private long pausedUntil;
    private long legFailures;
    private StrategyContext context;

    public PairSpread(final Settings settings)
    {
        if (settings.legA().equals(settings.legB()) || settings.window() < 2 || settings.exitZ() < 0 ||
            settings.entryZ() <= settings.exitZ() || settings.lots() < 1 || settings.retryMillis() < 0)
        {
            throw new IllegalArgumentException("pair spread: bad settings " + settings);
        }
        this.settings = settings;
        this.samples = new double[settings.window()];
    }

    /**
     * From a configuration file: {@code instruments:} (exactly two: leg A, then leg B; the spread is A − B) and
     * {@code params:} {@code window}, {@code entry-z}, {@code exit-z}, {@code lots}, {@code retry-ms}, each
     * defaulting to {@link #defaults}.
     */
    public PairSpread(final StrategyParams params)
    {
        this(settings(params));
    }

    static Settings settings(final StrategyParams params)
    {
        final List<String> legs = params.instruments(2);
        final Settings d = defaults(legs.get(0), legs.get(1));
        return new Settings(d.legA(), d.legB(), params.integer("window", d.window()), params.decimal("entry-z", d.entryZ()),
            params.decimal("exit-z", d.exitZ()), params.integer("lots", d.lots()), params.longInteger("retry-ms", d.retryMillis()));
    }

    @Override
    public void onStart(final StrategyContext context)
    {
        this.context = context;
        instrument[A] = leg(settings.legA());
        instrument[B] = leg(settings.legB());
        position[A] = context.position(instrument[A]);
        position[B] = context.position(instrument[B]);
        context.subscribe(settings.legA());
        context.subscribe(settings.legB());
    }

    private int leg(final String id)
    {
        final int index = context.instrument(id);
        if (index < 0)
        {
            throw new IllegalArgumentException("pair spread: unknown instrument " + id);
        }
        return index;
    }

    @Override
    public void onTick(final Tick tick)
    {
        final int leg = tick.instrument() == instrument[A] ? A : (tick.instrument() == instrument[B] ? B : -1);
        if (leg < 0 || StructFlyweight.isNoValue(tick.bidPrice()) || StructFlyweight.isNoValue(tick.askPrice()))
        {
            return;
        }
        bid[leg] = tick.bidPrice();
        ask[leg] = tick.askPrice();
        if (leg != A || Double.isNaN(bid[B]))
        {
            return;
        }
        final double spread = 0.5 * (bid[A] + ask[A]) - 0.5 * (bid[B] + ask[B]);
        final double z = zScore(spread); // of this sample against the window before it
        addSample(spread);
        if (isBusy())
        {
            return;
        }
        if (!isSettled())
        {
            reconcile();
        }
        else if (target[A] == 0 && Math.abs(z) > settings.entryZ())
        {
            final long side = z > 0 ? -1 : 1; // a rich spread is sold: sell A, buy B
            target[A] = side * settings.lots();
            target[B] = -side * settings.lots();
            entering = true;
            reconcile();
        }
        else if (target[A] != 0 && Math.abs(z) < settings.exitZ())
        {
            target[A] = 0;
            target[B] = 0;
            reconcile();
        }
    }

    @Override
    public void onOrder(final OrderUpdate update)
    {
        final WorkingOrder changed = update.order();
        if ((changed != order[A] && changed != order[B]) || changed.state().isLive())
        {
            return;
        }
        if (changed.state() == OrderState.REJECTED)
        {
            pausedUntil = context.now() + settings.retryMillis() * 1_000_000L;
            context.scheduleAfter(settings.retryMillis() * 1_000_000L);
        }
        if (isLive(order[A]) || isLive(order[B]))
        {
            return; // judge an entry by both legs together
        }
        if (entering)
        {
            entering = false;
            if (!isSettled())
            {
                // A leg is missing: drop the entry and flatten what did fill, rather than chase the other leg.
                legFailures += position[A].net() != 0 || position[B].net() != 0 ? 1 : 0;
                target[A] = 0;
                target[B] = 0;
            }
        }
        if (!isBusy() && !isSettled())
        {
            reconcile();
        }
    }

    @Override
    public void onTimer(final long timerId)
    {
        if (!isBusy() && !isSettled())
        {
            reconcile();
        }
    }

    /** Entries where one leg filled and the other did not, so that the filled one had to be flattened. */
    public long legFailures()
    {
        return legFailures;
    }

    /** Sends a fill-and-kill order at the touch for each leg whose position differs from its target. */
    private void reconcile()
    {
        for (int leg = A; leg <= B; leg++)
        {
            final long difference = target[leg] - position[leg].net();
            if (difference == 0 || Double.isNaN(bid[leg]))
            {
                continue;
            }
            final boolean isBuy = difference > 0;
            final long lots = Math.abs(difference);
            final OrderBuilder builder = context.order().instrument(instrument[leg]).fak().volume(lots);
            Offsets.closeBeforeOpen(isBuy ? builder.buy().limit(ask[leg]) : builder.sell().limit(bid[leg]),
                position[leg], isBuy, lots);
            order[leg] = builder.send();
        }
    }

    /** A leg order is in flight, or a rejection's pause is running. */
    private boolean isBusy()
    {
        return isLive(order[A]) || isLive(order[B]) || context.now() < pausedUntil;
    }

    private boolean isSettled()
    {
        return position[A].net() == target[A] && position[B].net() == target[B];
    }

    private static boolean isLive(final WorkingOrder order)
    {
        return order != null && order.state().isLive();
    }

    private double zScore(final double spread)
    {
        if (count < samples.length)
        {
            return 0; // not enough history yet: no signal
        }
        final double mean = sum / count;
        final double variance = sumOfSquares / count - mean * mean;
        return variance <= 1e-12 ? 0 : (spread - mean) / Math.sqrt(variance);
    }

    private void addSample(final double spread)
    {
        if (count == samples.length)
        {
            final double dropped = samples[next];
            sum -= dropped;
            sumOfSquares -= dropped * dropped;
        }
        else
        {
            count++;
        }
        samples[next] = spread;
        sum += spread;
        sumOfSquares += spread * spread;
        next = (next + 1) % samples.length;
        if (next == 0)
        {
            resum();
        }
    }

    private void resum()
    {
        sum = 0;
        sumOfSquares = 0;
        for (int i = 0; i < count; i++)
        {
            sum += samples[i];
            sumOfSquares += samples[i] * samples[i];
        }
    }
}
