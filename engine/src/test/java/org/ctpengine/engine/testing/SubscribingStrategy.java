package org.ctpengine.engine.testing;

import org.ctpengine.adapter.struct.StructFlyweight;
import org.ctpengine.engine.api.Strategy;
import org.ctpengine.engine.api.StrategyContext;

/**
 * What the tests' strategies share: keep the context and subscribe to their instruments at start. Subclasses that do
 * more at start override {@link #onStart} and call {@code super.onStart(context)} first.
 */
public abstract class SubscribingStrategy implements Strategy
{
    protected StrategyContext context;
    private final String[] instruments;

    protected SubscribingStrategy(final String... instruments)
    {
        this.instruments = instruments.clone();
    }

    @Override
    public void onStart(final StrategyContext context)
    {
        this.context = context;
        for (final String instrument : instruments)
        {
            context.subscribe(instrument);
        }
    }

    /** Whether a price field holds a price (CTP's "no value" is {@code DBL_MAX}). */
    protected static boolean quoted(final double price)
    {
        return !StructFlyweight.isNoValue(price);
    }
}
