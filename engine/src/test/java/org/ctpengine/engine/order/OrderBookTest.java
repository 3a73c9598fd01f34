package org.ctpengine.engine.order;

import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.adapter.codes.OffsetFlag;
import org.ctpengine.adapter.codes.OrderStatus;
import org.ctpengine.adapter.codes.OrderSubmitStatus;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class OrderBookTest
{
    private static final int FRONT = 1;
    private static final int SESSION = 77;
    private static final int RB = 0;

    private final OrderBook book = new OrderBook(8);
    private final UnsafeBuffer exchange = text("SHFE", 9);
    private final UnsafeBuffer noSysId = text("", 21);
    private final UnsafeBuffer sysId = text("      100001", 21);

    private static UnsafeBuffer text(final String value, final int length)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[length]);
        buffer.putBytes(0, value.getBytes(StandardCharsets.US_ASCII));
        return buffer;
    }

    private WorkingOrder send(final long ref, final byte direction, final double price, final long volume)
    {
        return book.onSent(FRONT, SESSION, ref, RB, 0, direction, OffsetFlag.OPEN, price, volume, 0);
    }

    private void rtn(final long ref, final byte status, final byte submit, final UnsafeBuffer orderSysId)
    {
        book.onRtnOrder(FRONT, SESSION, ref, status, submit, exchange, 0, orderSysId, 0);
    }

    @Test
    void restingOrderIsAcceptedWithItsOrderSysIdThenCanceled()
    {
        final WorkingOrder order = send(1, Direction.BUY, 3700, 2);
        rtn(1, OrderStatus.UNKNOWN, OrderSubmitStatus.INSERT_SUBMITTED, noSysId);
        assertThat(order.state()).isEqualTo(OrderState.SUBMITTED);

        rtn(1, OrderStatus.NO_TRADE_QUEUEING, OrderSubmitStatus.ACCEPTED, sysId);
        assertThat(order.state()).isEqualTo(OrderState.ACCEPTED);
        assertThat(book.findByOrderSysId(exchange, 0, sysId, 0)).isSameAs(order);

        book.onCancelSent(order);
        assertThat(order.isCancelPending()).isTrue();
        rtn(1, OrderStatus.CANCELED, OrderSubmitStatus.ACCEPTED, sysId);

        assertThat(order.state()).isEqualTo(OrderState.CANCELED);
        assertThat(order.isCancelPending()).isFalse();
        assertThat(book.liveOrders()).isEmpty();
    }

    @Test
    void partialThenFullFillCountsLotsFromTrades()
    {
        final WorkingOrder order = send(2, Direction.SELL, 3700, 3);
        rtn(2, OrderStatus.NO_TRADE_QUEUEING, OrderSubmitStatus.ACCEPTED, sysId);

        book.onTrade(FRONT, SESSION, 2, 1);
        assertThat(order.state()).isEqualTo(OrderState.PARTIALLY_FILLED);
        assertThat(order.remainingVolume()).isEqualTo(2);

        // The counter may report AllTraded before the last OnRtnTrade arrives.
        rtn(2, OrderStatus.ALL_TRADED, OrderSubmitStatus.ACCEPTED, sysId);
        assertThat(order.state()).isEqualTo(OrderState.PARTIALLY_FILLED);
        book.onTrade(FRONT, SESSION, 2, 2);

        assertThat(order.state()).isEqualTo(OrderState.FILLED);
        assertThat(order.tradedVolume()).isEqualTo(3);
    }

    @Test
    void rejectedInsertIsTerminalAndKeepsTheErrorId()
    {
        final WorkingOrder order = send(3, Direction.BUY, 3700, 1);

        book.onInsertRejected(FRONT, SESSION, 3, 31);

        assertThat(order.state()).isEqualTo(OrderState.REJECTED);
        assertThat(order.lastErrorId()).isEqualTo(31);
        rtn(3, OrderStatus.NO_TRADE_QUEUEING, OrderSubmitStatus.ACCEPTED, sysId);
        assertThat(order.state()).as("terminal orders never come back to life").isEqualTo(OrderState.REJECTED);
    }

    @Test
    void exchangeRejectionArrivesAsInsertRejectedSubmitStatus()
    {
        final WorkingOrder order = send(4, Direction.BUY, 3700, 1);

        rtn(4, OrderStatus.CANCELED, OrderSubmitStatus.INSERT_REJECTED, noSysId);

        assertThat(order.state()).isEqualTo(OrderState.REJECTED);
    }

    @Test
    void aFailedCancelLeavesTheOrderLive()
    {
        final WorkingOrder order = send(5, Direction.BUY, 3700, 1);
        rtn(5, OrderStatus.NO_TRADE_QUEUEING, OrderSubmitStatus.ACCEPTED, sysId);
        book.onCancelSent(order);

        book.onCancelRejected(FRONT, SESSION, 5, 26);

        assertThat(order.isCancelPending()).isFalse();
        assertThat(order.state()).isEqualTo(OrderState.ACCEPTED);
        assertThat(order.lastErrorId()).isEqualTo(26);
    }

    @Test
    void aggregatesPendingOpensAndOwnBestPrices()
    {
        send(6, Direction.BUY, 3700, 2);
        send(7, Direction.BUY, 3702, 1);
        send(8, Direction.SELL, 3710, 4);
        send(9, Direction.SELL, 3708, 1);

        assertThat(book.pendingOpen(RB, Direction.BUY)).isEqualTo(3);
        assertThat(book.pendingOpen(RB, Direction.SELL)).isEqualTo(5);
        assertThat(book.bestOwnPrice(RB, Direction.BUY)).isEqualTo(3702);
        assertThat(book.bestOwnPrice(RB, Direction.SELL)).isEqualTo(3708);
        assertThat(book.bestOwnPrice(1, Direction.SELL)).isNaN();
    }

    @Test
    void sameOrderRefInAnotherSessionIsAnotherOrder()
    {
        final WorkingOrder mine = send(10, Direction.BUY, 3700, 1);
        final WorkingOrder other = book.onSent(FRONT, SESSION + 1, 10, RB, 0, Direction.SELL, OffsetFlag.OPEN, 3720, 1, 0);

        assertThat(book.find(FRONT, SESSION, 10)).isSameAs(mine);
        assertThat(book.find(FRONT, SESSION + 1, 10)).isSameAs(other);
    }

    @Test
    void recycledOrdersAreReusedFromThePool()
    {
        final WorkingOrder order = send(11, Direction.BUY, 3700, 1);
        book.onInsertRejected(FRONT, SESSION, 11, 16);
        book.recycleTerminal();

        assertThat(book.find(FRONT, SESSION, 11)).isNull();
        final WorkingOrder reused = send(12, Direction.BUY, 3700, 1);
        assertThat(reused.state()).isEqualTo(OrderState.PENDING_NEW);
        assertThat(reused.lastErrorId()).isZero();
    }

    @Test
    void recoveredOrderKeepsItsSessionIdentityAndTakesLaterReturns()
    {
        final WorkingOrder order = book.onRecovered(FRONT, SESSION, 9, RB, 3, Direction.SELL, OffsetFlag.OPEN, 3720, 2, 1,
            OrderState.PARTIALLY_FILLED, false, exchange, sysId);
        assertThat(book.find(FRONT, SESSION, 9)).isSameAs(order);
        assertThat(book.findByOrderSysId(exchange, 0, sysId, 0)).isSameAs(order);
        assertThat(order.owner()).isEqualTo(3);
        assertThat(order.remainingVolume()).isEqualTo(1);
        assertThat(book.liveOrders()).containsExactly(order);

        book.onTrade(FRONT, SESSION, 9, 1);
        assertThat(order.state()).isEqualTo(OrderState.FILLED);
        assertThat(book.liveOrders()).isEmpty();
    }
}
