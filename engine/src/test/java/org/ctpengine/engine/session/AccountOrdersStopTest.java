package org.ctpengine.engine.session;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.adapter.codes.OffsetFlag;
import org.ctpengine.adapter.codes.OrderStatus;
import org.ctpengine.adapter.codes.OrderSubmitStatus;
import org.ctpengine.adapter.struct.InputOrderActionFlyweight;
import org.ctpengine.adapter.struct.InputOrderFlyweight;
import org.ctpengine.adapter.struct.OrderFlyweight;
import org.ctpengine.engine.instrument.InstrumentRegistry;
import org.ctpengine.engine.outbound.AccountLink;
import org.ctpengine.engine.outbound.OrderSender;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventPublisher;
import org.ctpengine.engine.ring.EventSource;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.time.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stop's cancels of a large book are paced by the counter's confirmations. Sending all of them at once, and all
 * the unconfirmed ones again each retry interval, fed on itself under load: the engine thread's own commands filled
 * the ring faster than the confirmations could come round it, and a 10,000-order stop on a loaded machine grew the
 * engine thread's overflow to its 256 MB limit with the orders still live (FailSafeEngineTest with two busy loops
 * beside it).
 */
class AccountOrdersStopTest
{
    private static final AbiProfile PROFILE = AbiProfiles.byId("6.7.8");
    private static final int FRONT = 1;
    private static final int SESSION = 42;
    private static final int ORDERS = 2_000;
    private static final long RETRY = 1_000_000_000L;
    private static final long SCAN = 100_000_000L;
    private static final long T0 = 1_796_432_400_000_000_000L;

    private final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(8192));
    private final EventHeader header = new EventHeader();
    private final InputOrderFlyweight insert = new InputOrderFlyweight(PROFILE);
    private final OrderFlyweight order = new OrderFlyweight(PROFILE);
    private final List<Long> cancelled = new ArrayList<>();
    private AccountOrders orders;

    @BeforeEach
    void aBookOfRestingOrders()
    {
        final InstrumentRegistry instruments = new InstrumentRegistry(16);
        instruments.define("rb2610", Exchange.SHFE, 1.0, 10, 0.1);
        final AccountLink link = new AccountLink("sim", 0, PROFILE, null, "9999", "000001");
        link.onLogin(FRONT, SESSION, 0);
        final InputOrderActionFlyweight action = new InputOrderActionFlyweight(PROFILE);
        final EventPublisher commands = new EventPublisher()
        {
            private final EventHeader seen = new EventHeader();

            @Override
            public void publish(final DirectBuffer source)
            {
                seen.wrap(source, 0);
                if (seen.type() == EventType.CMD_ORDER_ACTION.code())
                {
                    action.wrap(source, EventHeader.PAYLOAD_OFFSET);
                    cancelled.add(Long.parseLong(action.orderRef().trim()));
                }
            }

            @Override
            public int flush()
            {
                return 0;
            }
        };
        orders = new AccountOrders(link, instruments, new OrderSender(link, commands, 0), new AbiProfile[] { PROFILE }, RETRY);
        for (long ref = 1; ref <= ORDERS; ref++)
        {
            orders.onEvent(insertCommand(ref), buffer, T0);
            orders.onEvent(rtnOrder(ref, OrderStatus.NO_TRADE_QUEUEING), buffer, T0);
        }
    }

    @Test
    void theStopSendsAtMostABatchOfCancelsAndMoreAsTheCounterConfirmsThem()
    {
        orders.stop(insertCommand(1), T0);

        assertThat(cancelled).hasSize(AccountOrders.MAX_STOP_CANCELS_IN_FLIGHT);

        orders.doWork(header, T0 + SCAN); // nothing confirmed, nothing overdue: nothing more
        assertThat(cancelled).hasSize(AccountOrders.MAX_STOP_CANCELS_IN_FLIGHT);

        final List<Long> first = List.copyOf(cancelled.subList(0, 100));
        for (final long ref : first)
        {
            orders.onEvent(rtnOrder(ref, OrderStatus.CANCELED), buffer, T0 + SCAN);
        }
        orders.doWork(header, T0 + 2 * SCAN);
        assertThat(cancelled).hasSize(AccountOrders.MAX_STOP_CANCELS_IN_FLIGHT + 100);
        assertThat(orders.liveAfterStop()).isEqualTo(ORDERS - 100);
    }

    @Test
    void cancelsLeftUnconfirmedAreSentAgainAfterTheRetryIntervalWithinTheSameBound()
    {
        orders.stop(insertCommand(1), T0);
        final List<Long> firstRound = List.copyOf(cancelled);
        cancelled.clear();

        orders.doWork(header, T0 + RETRY);

        assertThat(cancelled).containsExactlyInAnyOrderElementsOf(firstRound);
    }

    @Test
    void everyOrderIsCancelledOnceWhenTheCounterKeepsUp()
    {
        orders.stop(insertCommand(1), T0);
        long now = T0;
        int confirmed = 0;
        while (confirmed < cancelled.size())
        {
            for (final long ref : List.copyOf(cancelled.subList(confirmed, cancelled.size())))
            {
                orders.onEvent(rtnOrder(ref, OrderStatus.CANCELED), buffer, now);
                confirmed++;
            }
            now += SCAN;
            orders.doWork(header, now);
        }

        assertThat(orders.liveAfterStop()).isZero();
        assertThat(cancelled).hasSize(ORDERS).doesNotHaveDuplicates();
        assertThat(now - T0).as("paced, not stalled: batches every scan").isLessThanOrEqualTo(
            (ORDERS / AccountOrders.MAX_STOP_CANCELS_IN_FLIGHT + 1) * SCAN);
    }

    private EventHeader insertCommand(final long orderRef)
    {
        header.wrap(buffer, 0).clear().type(EventType.CMD_ORDER_INSERT.code()).source(EventSource.COMMAND).channel((short)0)
            .profile((short)0).spiSlot((short)-1).intArg(0).payloadLength(insert.sizeInBytes()).epochNanos(T0);
        insert.wrap(buffer, EventHeader.PAYLOAD_OFFSET).clear().brokerId("9999").investorId("000001")
            .instrumentId("rb2610").exchangeId("SHFE").orderRef(Long.toString(orderRef)).direction(Direction.BUY)
            .combOffsetFlag(OffsetFlag.OPEN).limitPrice(3000.0).volumeTotalOriginal(1);
        return header;
    }

    private EventHeader rtnOrder(final long orderRef, final byte status)
    {
        header.wrap(buffer, 0).clear().type(EventType.RTN_ORDER.code()).source(EventSource.TD).channel((short)0)
            .profile((short)0).spiSlot((short)-1).payloadLength(order.sizeInBytes()).epochNanos(T0);
        order.wrap(buffer, EventHeader.PAYLOAD_OFFSET).clear().orderRef(Long.toString(orderRef)).frontId(FRONT)
            .sessionId(SESSION).instrumentId("rb2610").exchangeId("SHFE").orderSysId(Long.toString(orderRef))
            .orderStatus(status).orderSubmitStatus(OrderSubmitStatus.ACCEPTED);
        return header;
    }
}
