package org.ctpengine.engine.outbound;

import org.ctpengine.adapter.TraderApi;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.engine.ring.SessionState;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntToLongFunction;

/**
 * What every thread that trades an account shares: the trader API (CTP's request calls are thread-safe),
 * the OrderRef counter (never reused within a session, lock-free), and the login identity. The engine
 * thread writes the identity at login; strategy threads read it.
 */
public final class AccountLink
{
    private final String name;
    private final int channel;
    private final AbiProfile profile;
    private final TraderApi api;
    private final String brokerId;
    private final String investorId;
    private final AtomicLong lastOrderRef = new AtomicLong();
    private final AtomicLong nextTicket = new AtomicLong();
    private final AtomicLong turn = new AtomicLong();
    private volatile int frontId;
    private volatile int sessionId;
    private volatile boolean ready;
    /** Set before the engine starts when orders must be journaled before they are sent; null otherwise. */
    private volatile JournalGate journalGate;
    /** Replay of several strategy threads on this account: each strategy's recorded OrderRefs; null otherwise. */
    private IntToLongFunction recordedRefs;

    /**
     * @param api null in replay: nothing is sent
     */
    public AccountLink(final String name, final int channel, final AbiProfile profile, final TraderApi api,
        final String brokerId, final String investorId)
    {
        this.name = name;
        this.channel = channel;
        this.profile = profile;
        this.api = api;
        this.brokerId = brokerId;
        this.investorId = investorId;
    }

    public String name()
    {
        return name;
    }

    public int channel()
    {
        return channel;
    }

    public AbiProfile profile()
    {
        return profile;
    }

    /** The trader API, or null when replaying. */
    public TraderApi api()
    {
        return api;
    }

    public String brokerId()
    {
        return brokerId;
    }

    public String investorId()
    {
        return investorId;
    }

    /**
     * Starts an order insert and returns its OrderRef: above the counter's MaxOrderRef and above every ref used
     * before. CTP refuses an OrderRef that is not above the highest the session has seen ("duplicate order"), so when
     * several strategy threads trade one account, taking a ref and sending it must happen in ref order: a ticket
     * turnstile lets each thread in its turn. Only threads inserting into the same account at the same instant wait,
     * and only for the other's send call (no monitor, no allocation). Always pair with {@link #endInsert()} in a
     * finally block.
     */
    public long beginInsert()
    {
        final long ticket = nextTicket.getAndIncrement();
        int spins = 0;
        while (turn.get() != ticket)
        {
            if (++spins < 1_000)
            {
                Thread.onSpinWait();
            }
            else
            {
                Thread.yield(); // the thread ahead lost its CPU: let it finish
            }
        }
        return lastOrderRef.incrementAndGet();
    }

    /**
     * As {@link #beginInsert()}, for a strategy: in a replay of a run where several strategy threads traded this
     * account, the ref the recorded run gave this strategy's next insert (the threads' interleaving, which decided
     * the refs live, is not something a replay on one thread reproduces); otherwise the next ref.
     */
    public long beginInsert(final int strategyId)
    {
        final long ref = beginInsert();
        final IntToLongFunction recorded = recordedRefs;
        if (recorded != null)
        {
            final long recordedRef = recorded.applyAsLong(strategyId);
            if (recordedRef > 0)
            {
                raiseOrderRefFloor(recordedRef);
                return recordedRef;
            }
        }
        return ref;
    }

    /** Replay only, before it starts: where {@link #beginInsert(int)} takes each strategy's recorded refs (0: none left). */
    public void replayRecordedOrderRefs(final IntToLongFunction byStrategy)
    {
        recordedRefs = byStrategy;
    }

    /** Ends the insert {@link #beginInsert()} started: the next thread may take its ref. */
    public void endInsert()
    {
        turn.setRelease(turn.getPlain() + 1); // only the thread whose turn it is writes here
    }

    /** Raises the OrderRef floor (login's MaxOrderRef, or the journal's highest on a warm restart). */
    public void raiseOrderRefFloor(final long orderRef)
    {
        lastOrderRef.accumulateAndGet(orderRef, Math::max);
    }

    /** The trading day (yyyyMMdd) the OrderRefs count in; 0 before the first roll. */
    private final AtomicLong orderRefDay = new AtomicLong();

    /**
     * The counter moved to a new trading day: OrderRefs start again from the new session's MaxOrderRef (the login
     * raises the floor to it right after). Idempotent per day: the engine thread at the login and every strategy
     * thread (or a replay) at the TRADING_DAY event call it; only the first call for a later day resets.
     */
    public void onNewTradingDay(final int tradingDay)
    {
        long day = orderRefDay.get();
        while (day < tradingDay)
        {
            if (orderRefDay.compareAndSet(day, tradingDay))
            {
                lastOrderRef.set(0);
                return;
            }
            day = orderRefDay.get();
        }
    }

    public long lastOrderRef()
    {
        return lastOrderRef.get();
    }

    public void onLogin(final int frontId, final int sessionId, final long maxOrderRef)
    {
        this.frontId = frontId;
        this.sessionId = sessionId;
        raiseOrderRefFloor(maxOrderRef);
    }

    /** Also called by strategy threads when they see the login's SESSION_STATE event (replay has no engine thread login). */
    public void onSessionState(final SessionState state, final int frontId, final int sessionId, final long maxOrderRef)
    {
        onSessionState(state, frontId, sessionId, maxOrderRef, 0);
    }

    /**
     * As {@link #onSessionState(SessionState, int, int, long)}, for an event of {@code tradingDay} (yyyyMMdd, 0 when
     * unknown). A strategy thread may handle an event of the old day after the engine thread has rolled the OrderRefs
     * to a new one: its session and OrderRef floor no longer count (they would make the new day's refs continue the
     * old day's).
     */
    public void onSessionState(final SessionState state, final int frontId, final int sessionId, final long maxOrderRef,
        final int tradingDay)
    {
        final boolean stale = tradingDay != 0 && tradingDay < orderRefDay.get();
        if (!stale && (frontId != 0 || sessionId != 0))
        {
            onLogin(frontId, sessionId, maxOrderRef);
        }
        ready = state == SessionState.READY;
    }

    /** Orders on this account are sent only once journaled (strict mode); before the engine starts. */
    public void journalGate(final JournalGate gate)
    {
        journalGate = gate;
    }

    /** The strict mode's gate, or null. */
    public JournalGate journalGate()
    {
        return journalGate;
    }

    public int frontId()
    {
        return frontId;
    }

    public int sessionId()
    {
        return sessionId;
    }

    /** Logged in and synchronised: orders may be sent. */
    public boolean isReady()
    {
        return ready;
    }
}
