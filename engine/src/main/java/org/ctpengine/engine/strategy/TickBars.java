package org.ctpengine.engine.strategy;

import org.agrona.AsciiSequenceView;
import org.ctpengine.adapter.struct.DepthMarketDataFlyweight;
import org.ctpengine.engine.bar.Bar;
import org.ctpengine.engine.bar.BarAlignment;
import org.ctpengine.engine.bar.BarBuilder;
import org.ctpengine.engine.bar.BarPeriod;
import org.ctpengine.engine.bar.BarTick;
import org.ctpengine.engine.calendar.TradingCalendar;
import org.ctpengine.engine.instrument.InstrumentRegistry;
import org.ctpengine.engine.time.Exchange;
import org.ctpengine.engine.time.ExchangeTime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.ctpengine.engine.api.StrategyContext;

/**
 * The bars a runner's strategies asked for ({@link StrategyContext#bars}), built on the runner's thread from the ticks
 * it handles, by the same {@link BarBuilder} the journal tools use: a replay builds the same bars at the same events.
 * Also the {@link BarTick} view of the tick being handled (allocation-free: fields read from the struct in place).
 * Owned by the runner's thread.
 */
final class TickBars implements BarTick
{
    /** One strategy's bars of one instrument, period and alignment. */
    private record Subscription(StrategySlot slot, BarPeriod period, BarAlignment alignment, BarBuilder builder)
    {
    }

    private final InstrumentRegistry instruments;
    private final BiConsumer<StrategySlot, Bar> delivery;
    private final List<List<Subscription>> byInstrument = new ArrayList<>();
    private final List<BarBuilder> all = new ArrayList<>();
    private TradingCalendar calendar;

    private final AsciiSequenceView instrumentId = new AsciiSequenceView();
    private final AsciiSequenceView text = new AsciiSequenceView();
    private DepthMarketDataFlyweight data;
    private Exchange exchange;
    private long receiveEpochNanos;
    /**
     * Exchange time minus event clock at the last tick: the event clock (timers) maps onto the ticks' own time with
     * it. Live the two agree but for latency; a what-if over recorded ticks runs hours or days later.
     */
    private long exchangeOffsetNanos;
    private boolean ticked;

    /** @param delivery hands a completed bar to its strategy (with the runner's error isolation) */
    TickBars(final InstrumentRegistry instruments, final BiConsumer<StrategySlot, Bar> delivery)
    {
        this.instruments = instruments;
        this.delivery = delivery;
    }

    /** A strategy wants bars: from its next tick of the instrument on. Idempotent for the same period and alignment. */
    void add(final StrategySlot slot, final int instrument, final BarPeriod period, final BarAlignment alignment)
    {
        if (calendar == null)
        {
            calendar = TradingCalendar.fromSystemProperty(); // once, at a strategy's request: the sessions and holidays
        }
        while (byInstrument.size() <= instrument)
        {
            byInstrument.add(null);
        }
        List<Subscription> list = byInstrument.get(instrument);
        if (list == null)
        {
            list = new ArrayList<>();
            byInstrument.set(instrument, list);
        }
        for (final Subscription existing : list)
        {
            if (existing.slot() == slot && existing.period().equals(period) && existing.alignment() == alignment)
            {
                return;
            }
        }
        final String id = instruments.get(instrument).instrumentId().toString();
        final BarBuilder builder = BarBuilder.forInstrument(calendar, instruments.get(instrument).exchange(), id, period,
            alignment, bar -> delivery.accept(slot, bar));
        list.add(new Subscription(slot, period, alignment, builder));
        all.add(builder);
    }

    /** Whether any strategy wants bars of this instrument. */
    boolean wants(final int instrument)
    {
        return instrument < byInstrument.size() && byInstrument.get(instrument) != null;
    }

    /** A tick of the instrument: completed bars are delivered (before the tick's own onTick). */
    void onTick(final int instrument, final DepthMarketDataFlyweight tick, final long receiveEpochNanos,
        final long exchangeEpochNanos)
    {
        exchangeOffsetNanos = exchangeEpochNanos - receiveEpochNanos;
        ticked = true;
        this.data = tick;
        this.exchange = instruments.get(instrument).exchange();
        this.receiveEpochNanos = receiveEpochNanos;
        tick.wrapInstrumentId(instrumentId);
        final List<Subscription> list = byInstrument.get(instrument);
        for (int i = 0, n = list.size(); i < n; i++)
        {
            if (!list.get(i).slot().stopped)
            {
                list.get(i).builder().onTick(this);
            }
        }
    }

    /** The event clock moved: bars whose end has passed are delivered, tick or no tick. */
    void onTime(final long epochNanos)
    {
        if (!ticked)
        {
            return;
        }
        final long exchangeTime = epochNanos + exchangeOffsetNanos;
        for (int i = 0, n = all.size(); i < n; i++)
        {
            all.get(i).onTime(exchangeTime);
        }
    }

    @Override
    public CharSequence instrument()
    {
        return instrumentId;
    }

    @Override
    public Exchange exchange()
    {
        return exchange;
    }

    @Override
    public int actionDay()
    {
        data.wrapActionDay(text);
        return text.length() == 0 ? -1 : ExchangeTime.parseYyyymmdd(text.buffer(), text.offset());
    }

    @Override
    public int updateSecond()
    {
        data.wrapUpdateTime(text);
        return ExchangeTime.parseSecondOfDay(text.buffer(), text.offset());
    }

    @Override
    public int updateMillisec()
    {
        return data.updateMillisec();
    }

    @Override
    public long receiveEpochNanos()
    {
        return receiveEpochNanos;
    }

    @Override
    public double lastPrice()
    {
        return data.lastPrice();
    }

    @Override
    public long volume()
    {
        return data.volume();
    }

    @Override
    public double turnover()
    {
        return data.turnover();
    }

    @Override
    public double openInterest()
    {
        return data.openInterest();
    }
}
