package org.ctpengine.strategies.examples;

import org.ctpengine.adapter.struct.StructFlyweight;
import org.ctpengine.engine.bar.Bar;
import org.ctpengine.engine.bar.BarAlignment;
import org.ctpengine.engine.bar.BarPeriod;
import org.ctpengine.engine.order.WorkingOrder;
import org.ctpengine.engine.position.Position;
import org.ctpengine.engine.api.OrderBuilder;
import org.ctpengine.engine.api.Strategy;
import org.ctpengine.engine.api.StrategyContext;
import org.ctpengine.engine.api.Tick;
import org.ctpengine.strategies.params.StrategyParams;

/**
 * A dual moving average on bars: when the fast average of bar closes crosses above the slow one it goes long one
 * unit, when it crosses below it goes short, closing what it holds first. Orders are fill-and-kill at the touch of
 * the tick that follows the bar; one that misses (or is refused) is tried again on the tick after the next bar, at most
 * one order a bar.
 *
 * <p>The idioms to copy:
 * <ul>
 *     <li><b>Bars from the engine.</b> {@link StrategyContext#bars} builds them by China's trading sessions on the
 *     strategy's thread (no bar for the lunch break, the 15:00 tick in the 14:59 bar); a replay builds the same.</li>
 *     <li><b>Rings of primitives</b> for the averages: nothing allocated per bar.</li>
 *     <li><b>Decide on the bar, act on the tick:</b> the bar sets a target; the next tick, which has a fresh touch,
 *     sends the order.</li>
 * </ul>
 */
public final class MovingAverageCross implements Strategy
{
    /**
     * @param instrument InstrumentID to trade
     * @param minutes    bar period, minutes
     * @param fast       bars in the fast average
     * @param slow       bars in the slow average
     * @param lots       position size, lots
     */
    public record Settings(String instrument, int minutes, int fast, int slow, int lots)
    {
    }

    /** One-minute bars, 5 over 20, one lot. */
    public static Settings defaults(final String instrument)
    {
        return new Settings(instrument, 1, 5, 20, 1);
    }

    private final Settings settings;
    private final double[] closes;
    private int count;
    private double fastSum;
    private double slowSum;
    private int lastSign;
    /** What the last cross asks for: +lots, -lots, or 0 before any cross. */
    private long target;
    /** Set by each bar, cleared by the order it allows: at most one order a bar. */
    private boolean armed;
    private StrategyContext context;
    private int instrument;
    private Position position;
    private WorkingOrder order;

    public MovingAverageCross(final Settings settings)
    {
        if (settings.minutes() < 1 || settings.fast() < 1 || settings.slow() <= settings.fast() || settings.lots() < 1)
        {
            throw new IllegalArgumentException("moving-average-cross: bad settings " + settings +
                " (need minutes >= 1, 1 <= fast < slow, lots >= 1)");
        }
        this.settings = settings;
        this.closes = new double[settings.slow()];
    }

    /** From a configuration: one instrument; params {@code minutes}, {@code fast}, {@code slow}, {@code lots}. */
    public MovingAverageCross(final StrategyParams params)
    {
        this(settings(params));
    }

    static Settings settings(final StrategyParams params)
    {
        final Settings d = defaults(params.instruments(1).get(0));
        return new Settings(d.instrument(), params.integer("minutes", d.minutes()), params.integer("fast", d.fast()),
            params.integer("slow", d.slow()), params.integer("lots", d.lots()));
    }

    @Override
    public void onStart(final StrategyContext context)
    {
        this.context = context;
        instrument = context.instrument(settings.instrument());
        if (instrument < 0)
        {
            throw new IllegalArgumentException("moving-average-cross: unknown instrument " + settings.instrument());
        }
        position = context.position(instrument);
        context.bars(settings.instrument(), BarPeriod.minutes(settings.minutes()), BarAlignment.CLOCK);
    }

    @Override
    public void onBar(final Bar bar)
    {
        final double close = bar.close();
        final int slot = count % closes.length;
        final int fastOut = (count - settings.fast()) % closes.length;
        if (count >= closes.length)
        {
            slowSum -= closes[slot];
        }
        if (count >= settings.fast())
        {
            fastSum -= closes[fastOut];
        }
        closes[slot] = close;
        fastSum += close;
        slowSum += close;
        count++;
        armed = true;
        if (count < closes.length)
        {
            return;
        }
        final double difference = fastSum / settings.fast() - slowSum / settings.slow();
        final int sign = difference > 0 ? 1 : difference < 0 ? -1 : 0;
        if (sign != 0 && sign != lastSign)
        {
            if (lastSign != 0)
            {
                target = (long)sign * settings.lots(); // a cross: the first sign only sets the side
            }
            lastSign = sign;
        }
    }

    @Override
    public void onTick(final Tick tick)
    {
        if (tick.instrument() != instrument || target == 0 || !armed || (order != null && order.state().isLive()) ||
            StructFlyweight.isNoValue(tick.bidPrice()) || StructFlyweight.isNoValue(tick.askPrice()))
        {
            return;
        }
        final long net = position.net();
        if (net == target)
        {
            return;
        }
        final boolean buy = target > net;
        final long held = buy ? position.shortTotal() : position.longTotal();
        final long lots = held > 0 ? held : Math.abs(target - net); // close the other side first, then open
        OrderBuilder builder = context.order().instrument(instrument);
        builder = buy ? builder.buy().limit(tick.askPrice()) : builder.sell().limit(tick.bidPrice());
        armed = false;
        order = Offsets.closeBeforeOpen(builder, position, buy, lots).fak().volume(lots).send();
    }

    /** The fast and slow averages now (for tests), NaN before the slow one is full. */
    double[] averages()
    {
        return count < closes.length ? new double[] { Double.NaN, Double.NaN } :
            new double[] { fastSum / settings.fast(), slowSum / settings.slow() };
    }
}
