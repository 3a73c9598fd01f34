package org.ctpengine.engine.strategy;

import org.ctpengine.engine.order.WorkingOrder;
import org.ctpengine.engine.api.Strategy;

/** The reusable {@link Strategy.OrderUpdate} handed to {@code onOrder}. */
final class OrderUpdateView implements Strategy.OrderUpdate
{
    WorkingOrder order;
    String rejectReason;
    int errorId;
    String errorMessage = "";

    OrderUpdateView set(final WorkingOrder order, final String rejectReason, final int errorId, final String errorMessage)
    {
        this.order = order;
        this.rejectReason = rejectReason;
        this.errorId = errorId;
        this.errorMessage = errorMessage;
        return this;
    }

    @Override
    public WorkingOrder order()
    {
        return order;
    }

    @Override
    public String rejectReason()
    {
        return rejectReason;
    }

    @Override
    public int errorId()
    {
        return errorId;
    }

    @Override
    public String errorMessage()
    {
        return errorMessage;
    }
}
