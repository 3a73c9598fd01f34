package org.ctpengine.engine.api;

import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.struct.TradeFlyweight;
import org.ctpengine.engine.order.WorkingOrder;

/** One trade of a strategy's order, as OnRtnTrade reported it. A view, valid during {@code onTrade} only. */
public final class Fill
{
    private final TradeFlyweight data;
    private WorkingOrder order;
    private int instrument;

    public Fill(final AbiProfile profile)
    {
        this.data = new TradeFlyweight(profile);
    }

    /**
     * Set by the strategy thread before each {@code onFill} (the engine's side of the view; strategies never call it).
     *
     * @return this
     */
    public Fill point(final WorkingOrder order, final int instrument)
    {
        this.order = order;
        this.instrument = instrument;
        return this;
    }

    /** Every field of the trade. */
    public TradeFlyweight data()
    {
        return data;
    }

    /** The order that traded (its traded volume already includes this fill). */
    public WorkingOrder order()
    {
        return order;
    }

    public int instrument()
    {
        return instrument;
    }

    public byte direction()
    {
        return data.direction();
    }

    public byte offsetFlag()
    {
        return data.offsetFlag();
    }

    /** Trade price, yuan per unit. */
    public double price()
    {
        return data.price();
    }

    /** Lots traded. */
    public int volume()
    {
        return data.volume();
    }
}
