package org.ctpengine.journal.tools;

import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventSource;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.session.ReconcileEvent;
import org.ctpengine.engine.ring.FrontStormEvent;
import org.ctpengine.engine.ring.SessionState;
import org.ctpengine.engine.ring.SessionStateEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctpengine.journal.tools.SmallJournals.SECOND;
import static org.ctpengine.journal.tools.SmallJournals.T0;

/** {@code journal dump} says what each engine event meant, by name; SESSION_STATE's payload decoded, not hex. */
class EngineEventsDumpTest
{
    @TempDir
    Path dir;

    private Path journal()
    {
        return SmallJournals.write(dir.resolve("j"), (events, out) ->
        {
            final UnsafeBuffer buffer = events.buffer();
            final EventHeader header = new EventHeader();
            out.append(events.start());
            SessionStateEvent.compose(buffer, header, 1, SessionState.READY, 7, 123456, 42, "20260302", T0 + SECOND);
            header.sequence(1);
            out.append(header.totalLength());
            out.append(engineEvent(header, buffer, EventType.TIMER, 2, 0, 0));
            out.append(engineEvent(header, buffer, EventType.KILL_SWITCH, 3, 1, 0));
            out.append(engineEvent(header, buffer, EventType.STRATEGY_STOPPED, 4, 5, 0));
            out.append(engineEvent(header, buffer, EventType.ENGINE_STOP, 5, 0, 0));
            out.append(engineEvent(header, buffer, EventType.STOP_HANDLED, 6, 0, 0));
            out.append(engineEvent(header, buffer, EventType.STRATEGY_EVICTED, 7, 1, 0));
            out.append(engineEvent(header, buffer, EventType.REFUSED_ORDER_ACTION, 8, 3, -2));
            out.append(engineEvent(header, buffer, EventType.TRADING_DAY, 9, 20260303, 0));
            ReconcileEvent.begin(buffer, header, 1, ReconcileEvent.ORDER_CLOSED, T0 + 3 * SECOND);
            ReconcileEvent.order(buffer, 7, 123456, 58);
            ReconcileEvent.instrument(buffer, "rb2501");
            header.sequence(10);
            out.append(header.totalLength());
            ReconcileEvent.begin(buffer, header, 1, ReconcileEvent.TRADE_MISSING, T0 + 3 * SECOND);
            ReconcileEvent.instrument(buffer, "rb2501");
            ReconcileEvent.trade(buffer, "SHFE", "      16", (byte)'0', (byte)'0', 2, 3500);
            header.sequence(11);
            out.append(header.totalLength());
            ReconcileEvent.begin(buffer, header, 1, ReconcileEvent.POSITION_TAKEN, T0 + 3 * SECOND);
            ReconcileEvent.instrument(buffer, "SR501");
            ReconcileEvent.position(buffer, ReconcileEvent.SHORT, 1, 1, 0, 0);
            header.sequence(12);
            out.append(header.totalLength());
            // A reconnect storm's second: sequences 13..17 were its front events, left out of the journal and counted here.
            header.wrap(buffer, 0).clear().type(EventType.FRONT_STORM.code()).source(EventSource.TD).channel((short)0)
                .spiSlot((short)-1).sequence(18).intArg(3).epochNanos(T0 + 3 * SECOND).payloadLength(FrontStormEvent.LENGTH);
            FrontStormEvent.write(buffer, EventHeader.PAYLOAD_OFFSET, 2, 3, 0x1001, 0x1002, T0 + 2 * SECOND,
                T0 + 3 * SECOND - 1, EventType.FRONT_CONNECTED.code());
            out.append(header.totalLength());
        });
    }

    private static int engineEvent(final EventHeader header, final UnsafeBuffer buffer, final EventType type,
        final long sequence, final int intArg, final int errorId)
    {
        header.wrap(buffer, 0).clear().type(type.code()).source(EventSource.ENGINE).spiSlot((short)-1)
            .sequence(sequence).intArg(intArg).errorId(errorId).epochNanos(T0 + 2 * SECOND).payloadLength(0);
        return header.totalLength();
    }

    @Test
    void sessionStateIsDecodedNotHex()
    {
        final Tool dump = Tool.run("dump", journal().toString(), "--type", "session_state");

        assertThat(dump.exitCode()).as(dump.err()).isZero();
        assertThat(dump.out()).contains("SESSION_STATE")
            .contains("  engine event: state=READY FrontID=7 SessionID=123456 MaxOrderRef=42 TradingDay=20260302\n")
            .doesNotContain("payload, 40 bytes").doesNotContain("    0000  ");
    }

    @Test
    void everyEngineEventSaysWhatItMeant()
    {
        final Tool dump = Tool.run("dump", journal().toString(), "--brief");

        assertThat(dump.exitCode()).as(dump.err()).isZero();
        assertThat(dump.out())
            .containsPattern("SESSION_STATE ENGINE:1 state=READY FrontID=7 SessionID=123456 MaxOrderRef=42 TradingDay=20260302\n")
            .contains("TIMER ENGINE:0 what=clock tick")
            .contains("KILL_SWITCH ENGINE:0 killSwitch=ON")
            .contains("STRATEGY_STOPPED ENGINE:0 strategy=5 what=stopped")
            .contains("ENGINE_STOP ENGINE:0 what=engine stopping")
            .contains("STOP_HANDLED ENGINE:0 strategyThread=0 what=handled the stop")
            .contains("STRATEGY_EVICTED ENGINE:0 strategyThread=1 what=evicted by the watchdog")
            .contains("REFUSED_ORDER_ACTION ENGINE:0 strategy=3 returnCode=-2 what=the library refused the cancel")
            .contains("TRADING_DAY ENGINE:0 tradingDay=20260303 what=the counter is on a new trading day")
            .containsPattern("FRONT_STORM TD:0 what=a second of a reconnect storm \\(front events counted here, not journaled " +
                "one by one\\) connects=2 disconnects=3 firstReason=0x1001 lastReason=0x1002 from=\\S+ to=\\S+ linkAfter=up\n")
            .doesNotContain("payload=40B");
    }

    @Test
    void reconciliationEventsAreDecodedByName()
    {
        final Tool dump = Tool.run("dump", journal().toString(), "--brief", "--type", "reconcile");

        assertThat(dump.exitCode()).as(dump.err()).isZero();
        assertThat(dump.out())
            .contains("RECONCILE ENGINE:1 reconcile=ORDER_CLOSED InstrumentID=rb2501 FrontID=7 SessionID=123456 " +
                "OrderRef=58 what=order not at the counter after login: closed")
            .contains("RECONCILE ENGINE:1 reconcile=TRADE_MISSING InstrumentID=rb2501 ExchangeID=SHFE TradeID=      16 " +
                "Direction=0 OffsetFlag=0 Volume=2 Price=3500.0 what=trade not at the counter: not counted")
            .contains("RECONCILE ENGINE:1 reconcile=POSITION_TAKEN InstrumentID=SR501 side=short engine=1/1today " +
                "counter=0/0today what=position differs from the counter's: counter's taken")
            .doesNotContain("payload=136B").doesNotContain("    0000  ");
    }

    @Test
    void statsTellsAStormsLeftOutFrontEventsFromLostOnes()
    {
        final Tool stats = Tool.run("stats", journal().toString());

        assertThat(stats.exitCode()).as(stats.err()).isZero();
        // This small journal's first event after JOURNAL_START is sequence 1: that gap is not the storm's.
        assertThat(stats.out()).contains("sequence: 2 gaps (6 missing, 5 of them reconnect-storm front events counted in " +
            "FRONT_STORM events instead), 0 out of order");
    }
}
