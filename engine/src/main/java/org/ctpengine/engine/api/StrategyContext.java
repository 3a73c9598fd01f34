package org.ctpengine.engine.api;

import org.ctpengine.engine.bar.BarAlignment;
import org.ctpengine.engine.bar.BarPeriod;
import org.ctpengine.engine.order.WorkingOrder;
import org.ctpengine.engine.position.Position;

import java.util.List;

/**
 * What a strategy may do and know. One per strategy; call it only from the strategy's callbacks (its
 * thread). Nothing here blocks or allocates in steady state.
 */
public interface StrategyContext
{
    /** The strategy's name from the configuration. */
    String name();

    /**
     * The event clock: epoch nanoseconds of the event being handled (a tick's exchange time, a return's
     * receive time, a timer's due time). Replays reproduce it exactly.
     */
    long now();

    /** Instrument index for an InstrumentID, or -1 when the engine has no reference data for it. */
    int instrument(CharSequence instrumentId);

    /** Reference data of an instrument index. */
    InstrumentInfo instrumentInfo(int instrument);

    /** Starts market data for an instrument (and keeps it across reconnects). */
    void subscribe(CharSequence instrumentId);

    /**
     * Subscribes the instrument and builds bars of it for {@link Strategy#onBar}, by China's trading sessions (see
     * docs/bars.md): periods in seconds, minutes or the trading day ({@link BarPeriod#minutes}, ...), cut at clock
     * multiples or counted in trading minutes ({@link BarAlignment}). Built on this strategy's thread from the ticks
     * it handles, allocation-free per tick, identical in replay.
     *
     * @throws IllegalArgumentException when the calendar has no trading sessions for the instrument's product
     */
    void bars(CharSequence instrumentId, BarPeriod period, BarAlignment alignment);

    /**
     * The strategy's reusable order builder, reset to defaults: default account, limit GFD, speculation,
     * one lot. Fill it in and {@link OrderBuilder#send()}.
     */
    OrderBuilder order();

    /**
     * Requests a cancel. Returns false when the order is not live, a cancel is already pending, or risk
     * refuses it (the daily cancel limits); the reason then arrives through {@code onOrder}.
     */
    boolean cancel(WorkingOrder order);

    /** Cancels every live order of this strategy. */
    void cancelAll();

    /**
     * Adds this strategy's live orders, on every account, to {@code into}: after a warm restart they include the
     * orders the last run left working. Allocates nothing beyond what {@code into} grows by.
     */
    void liveOrders(List<WorkingOrder> into);

    /** Position of the default account in an instrument. */
    Position position(int instrument);

    /** Position of a named account in an instrument. */
    Position position(String account, int instrument);

    /**
     * The default account's funds as of the counter's last account query response this strategy's thread handled
     * (the engine re-queries after trades), and the PnL of this strategy's own positions on it at the last ticks it
     * handled. Built from events only, so a replay reproduces what the strategy read.
     */
    AccountView account();

    /** Fires {@link Strategy#onTimer} when the event clock reaches {@code epochNanos}; returns the timer id. */
    long scheduleAt(long epochNanos);

    /** Fires {@link Strategy#onTimer} {@code delayNanos} after {@link #now()}; returns the timer id. */
    long scheduleAfter(long delayNanos);

    /** Cancels a pending timer; false when it already fired or never existed. */
    boolean cancelTimer(long timerId);
}
