package org.ctpengine.journal.recovery;

import org.agrona.BufferUtil;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.struct.InputOrderActionFlyweight;
import org.ctpengine.adapter.struct.InputOrderFlyweight;
import org.ctpengine.adapter.struct.InstrumentFlyweight;
import org.ctpengine.adapter.struct.InvestorPositionFlyweight;
import org.ctpengine.adapter.struct.OrderFlyweight;
import org.ctpengine.adapter.struct.TradeFlyweight;
import org.ctpengine.engine.instrument.Instrument;
import org.ctpengine.engine.instrument.InstrumentRegistry;
import org.ctpengine.engine.recovery.RecoveredAccount;
import org.ctpengine.engine.recovery.RecoveredInstrument;
import org.ctpengine.engine.recovery.WarmStart;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventSource;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.ring.SessionStateEvent;
import org.ctpengine.engine.session.ReconcileEvent;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalMetadata;
import org.ctpengine.journal.JournalReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads back from a journal what a new engine needs to continue today's trading (warm restart): the events of
 * the journal's current day (its daily roll is the futures trading day's) folded per account, across every
 * engine run of the day, into the {@link WarmStart} the engine applies before it connects.
 *
 * <p>Positions are rebuilt from the journal rather than taken from the counter's position query after the new
 * login: the private topic's RESUME replays trades right after the login, before a position query could answer,
 * and a close applied before the start-of-day holdings it closes would lose lots. So the day's journaled
 * start-of-day holdings (YdPosition of the day's first complete position query) plus every journaled trade,
 * each once, are restored first; the trade IDs are remembered, and whatever RESUME and the post-login trade
 * query deliver is counted only when the journal never saw it (a trade the killed run received but never
 * journaled). A journal with nothing of today gives an empty state: the engine starts cold.
 */
public final class JournalRecovery
{
    private static final int EVENT_BUFFER = Journal.MAX_EVENT_LENGTH;
    private static final int INSTRUMENT_CAPACITY = 4096;

    private final UnsafeBuffer buffer = new UnsafeBuffer(BufferUtil.allocateDirectAligned(EVENT_BUFFER, 64));
    private final EventHeader header = new EventHeader().wrap(buffer, 0);
    private final Map<String, AccountDay> accounts = new LinkedHashMap<>();
    private final Map<AbiProfile, Views> views = new LinkedHashMap<>();
    private InstrumentRegistry instruments = new InstrumentRegistry(INSTRUMENT_CAPACITY);
    private RunChannels run;
    private long day = Long.MIN_VALUE;

    private JournalRecovery()
    {
    }

    /** The state to continue from the journal in {@code directory}; empty when it has nothing of today. */
    public static WarmStart recover(final Path directory)
    {
        return recover(directory, System.currentTimeMillis() * 1_000_000L);
    }

    /** As of {@code nowEpochNanos}: only events of that instant's journal day count. */
    public static WarmStart recover(final Path directory, final long nowEpochNanos)
    {
        if (!Files.isDirectory(directory) || !hasQueueFiles(directory))
        {
            return new WarmStart(List.of(), List.of());
        }
        try (Journal journal = Journal.openExisting(directory))
        {
            return recover(journal, nowEpochNanos);
        }
    }

    /** From a journal already open (the one the new run will append to). */
    public static WarmStart recover(final Journal journal, final long nowEpochNanos)
    {
        final JournalRecovery recovery = new JournalRecovery();
        try (JournalReader reader = journal.newReader())
        {
            while (reader.next(recovery.buffer) >= 0)
            {
                recovery.onEvent(recovery.header);
            }
        }
        return recovery.result(JournalDay.of(nowEpochNanos));
    }

    /**
     * A recovery that a reader of the journal feeds itself, event by event ({@link #onEvent}), and asks at any point
     * what a run starting then would continue from ({@link #state}): replay reads a journal once and restores each
     * warm-started run from the events before it, as the live engine did.
     */
    public static JournalRecovery folding()
    {
        return new JournalRecovery();
    }

    /**
     * What a run starting at {@code nowEpochNanos} recovers from the events folded so far: {@link #recover} of a
     * journal that ended there.
     */
    public WarmStart state(final long nowEpochNanos)
    {
        return result(JournalDay.of(nowEpochNanos));
    }

    private static boolean hasQueueFiles(final Path directory)
    {
        try (var files = Files.list(directory))
        {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(Journal.FILE_SUFFIX));
        }
        catch (final IOException e)
        {
            return false;
        }
    }

    /**
     * Folds the next event of the journal, in journal order; {@code header} is wrapped over it. A tick costs one
     * type check; order and trade events allocate (recovery is not a hot path).
     */
    public void onEvent(final EventHeader header)
    {
        final DirectBuffer buffer = header.buffer();
        final EventType type = EventType.fromCode(header.type());
        if (type == EventType.RTN_DEPTH_MARKET_DATA)
        {
            return; // most of a journal, and nothing a restart needs
        }
        // The day follows the events the ring stamped with the wall clock (callbacks, each run's start); engine
        // events carry the event clock, which may lag it.
        final EventSource source = EventSource.fromCode(header.source());
        final boolean wallClock = source == EventSource.TD || source == EventSource.MD || type == EventType.JOURNAL_START;
        final long eventDay = wallClock ? JournalDay.of(header.epochNanos()) : day;
        if (eventDay != day)
        {
            day = eventDay; // a new journal day: yesterday's orders and trades are no longer the counter's today
            accounts.clear();
            instruments = new InstrumentRegistry(INSTRUMENT_CAPACITY);
        }
        if (type == EventType.JOURNAL_START)
        {
            run = new RunChannels(JournalMetadata.read(buffer, header.offset()));
            if (run.isCold())
            {
                accounts.clear(); // a cold run: what earlier runs of the day sent is not the engine's to continue
            }
            return;
        }
        if (run == null)
        {
            return; // events before any run's metadata: not the engine's journal handler's
        }
        final String account = run.account(header.channel());
        final AbiProfile profile = run.profile(header.profile());
        final int payload = header.payloadOffset();
        final boolean hasPayload = header.payloadLength() > 0;
        if (type == EventType.RSP_QRY_INSTRUMENT && hasPayload && profile != null)
        {
            instruments.onInstrument(views(profile).instrument.wrap(buffer, payload));
            return;
        }
        if (account == null || (profile == null && type != EventType.SESSION_STATE && type != EventType.RECONCILE))
        {
            return;
        }
        AccountDay state = accounts.computeIfAbsent(account, AccountDay::new);
        state.identity(run.identity(account));
        switch (type)
        {
            case SESSION_STATE ->
            {
                final String tradingDay = SessionStateEvent.tradingDay(buffer, payload);
                if (!tradingDay.isEmpty() && !state.tradingDay().isEmpty() && !tradingDay.equals(state.tradingDay()))
                {
                    state = new AccountDay(account); // the counter moved to another trading day
                    accounts.put(account, state);
                }
                if (!tradingDay.isEmpty())
                {
                    state.tradingDay(tradingDay);
                }
                state.onSession(SessionStateEvent.frontId(buffer, payload), SessionStateEvent.sessionId(buffer, payload),
                    SessionStateEvent.maxOrderRef(buffer, payload));
            }
            case CMD_ORDER_INSERT -> state.onInsertCommand(views(profile).insert.wrap(buffer, payload),
                run.strategy(header.intArg()));
            case CMD_ORDER_ACTION -> state.onActionCommand(views(profile).action.wrap(buffer, payload),
                run.strategy(header.intArg()));
            case RSP_ORDER_INSERT, ERR_RTN_ORDER_INSERT ->
            {
                if (header.errorId() != 0 && hasPayload)
                {
                    state.onInsertRefused(views(profile).insert.wrap(buffer, payload), header.errorId());
                }
            }
            case REFUSED_ORDER_INSERT -> state.onInsertRefused(views(profile).insert.wrap(buffer, payload), header.errorId());
            case REFUSED_ORDER_ACTION -> state.onCancelRefused(views(profile).action.wrap(buffer, payload), header.errorId());
            case RSP_ORDER_ACTION ->
            {
                if (header.errorId() != 0 && hasPayload)
                {
                    state.onCancelRefused(views(profile).action.wrap(buffer, payload), header.errorId());
                }
            }
            case RTN_ORDER, RSP_QRY_ORDER ->
            {
                if (hasPayload && header.errorId() == 0)
                {
                    state.onOrder(views(profile).order.wrap(buffer, payload));
                }
            }
            case RTN_TRADE, RSP_QRY_TRADE ->
            {
                if (hasPayload && header.errorId() == 0)
                {
                    state.onTrade(views(profile).trade.wrap(buffer, payload));
                }
            }
            case RECONCILE ->
            {
                if (header.intArg() == ReconcileEvent.ORDER_CLOSED)
                {
                    state.onNotAtCounter(ReconcileEvent.frontId(buffer, payload), ReconcileEvent.sessionId(buffer, payload),
                        ReconcileEvent.orderRef(buffer, payload));
                }
                else if (header.intArg() == ReconcileEvent.TRADE_MISSING)
                {
                    state.onTradeMissing(ReconcileEvent.exchangeId(buffer, payload), ReconcileEvent.tradeId(buffer, payload));
                }
            }
            case RSP_QRY_INVESTOR_POSITION -> state.onPositionRow(hasPayload ? views(profile).position.wrap(buffer, payload) : null,
                hasPayload, header.isLast(), header.errorId());
            default ->
            {
            }
        }
    }

    private WarmStart result(final long today)
    {
        if (day != today)
        {
            return new WarmStart(List.of(), List.of()); // the journal's last day is over: nothing to continue
        }
        final List<RecoveredAccount> recovered = new ArrayList<>();
        for (final AccountDay account : accounts.values())
        {
            if (!account.isEmpty())
            {
                recovered.add(account.toRecovered());
            }
        }
        final List<RecoveredInstrument> reference = new ArrayList<>();
        for (int i = 0; i < instruments.size(); i++)
        {
            final Instrument instrument = instruments.get(i);
            reference.add(new RecoveredInstrument(instrument.instrumentId().toString(), instrument.exchange(),
                instrument.tickSize(), instrument.multiplier(), instrument.longMarginRatio()));
        }
        return new WarmStart(reference, recovered);
    }

    private Views views(final AbiProfile profile)
    {
        return views.computeIfAbsent(profile, Views::new);
    }

    /** Flyweights over one profile's layouts. */
    private static final class Views
    {
        final InstrumentFlyweight instrument;
        final InputOrderFlyweight insert;
        final InputOrderActionFlyweight action;
        final OrderFlyweight order;
        final TradeFlyweight trade;
        final InvestorPositionFlyweight position;

        Views(final AbiProfile profile)
        {
            instrument = new InstrumentFlyweight(profile);
            insert = new InputOrderFlyweight(profile);
            action = new InputOrderActionFlyweight(profile);
            order = new OrderFlyweight(profile);
            trade = new TradeFlyweight(profile);
            position = new InvestorPositionFlyweight(profile);
        }
    }
}
