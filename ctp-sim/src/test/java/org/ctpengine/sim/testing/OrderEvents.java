package org.ctpengine.sim.testing;

import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.codes.OrderStatus;
import org.ctpengine.adapter.codes.OrderSubmitStatus;
import org.ctpengine.adapter.struct.OrderFlyweight;
import org.ctpengine.adapter.struct.TradeFlyweight;

import java.util.ArrayList;
import java.util.List;

/**
 * A callback sequence in a form an exact assertion reads well: {@code OnRtnOrder InsertSubmitted/Unknown} (submit
 * status / order status, by CTP's names), {@code OnRtnTrade 3@3500.0} (volume at price), and for anything else the
 * method and its ErrorID, e.g. {@code OnRspOrderInsert 22}.
 */
public final class OrderEvents
{
    private OrderEvents()
    {
    }

    public static List<String> of(final AbiProfile profile, final List<RecordedCallback> callbacks)
    {
        final OrderFlyweight order = new OrderFlyweight(profile);
        final TradeFlyweight trade = new TradeFlyweight(profile);
        final List<String> events = new ArrayList<>(callbacks.size());
        for (final RecordedCallback callback : callbacks)
        {
            switch (callback.method())
            {
                case "OnRtnOrder" ->
                {
                    callback.struct(order);
                    events.add("OnRtnOrder " + OrderSubmitStatus.describe(order.orderSubmitStatus()) + "/" +
                        OrderStatus.describe(order.orderStatus()));
                }
                case "OnRtnTrade" ->
                {
                    callback.struct(trade);
                    events.add("OnRtnTrade " + trade.volume() + "@" + trade.price());
                }
                default -> events.add(callback.method() + " " + callback.errorId());
            }
        }
        return events;
    }
}
