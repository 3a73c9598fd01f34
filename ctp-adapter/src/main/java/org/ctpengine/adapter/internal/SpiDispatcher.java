package org.ctpengine.adapter.internal;

import org.ctpengine.adapter.SpiCallback;
import org.ctpengine.adapter.SpiSink;
import org.ctpengine.adapter.SpiSlot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands each SPI callback of one API instance to its {@link SpiSink} through the instance's reusable
 * {@link SpiCallback} view, and makes sure nothing thrown reaches native code: a throwable is counted and the
 * first one logged. Called only on the instance's callback thread (the trampolines); {@link #errorCount()} may
 * be read from any thread.
 */
public final class SpiDispatcher
{
    private static final Logger LOG = LoggerFactory.getLogger(SpiDispatcher.class);

    private final SpiCallback callback;
    private final SpiSink sink;
    private final AtomicLong errors = new AtomicLong();

    public SpiDispatcher(final SpiCallback callback, final SpiSink sink)
    {
        this.callback = callback;
        this.sink = sink;
    }

    /** Delivers one callback; never throws. */
    public void dispatch(
        final SpiSlot slot,
        final long structAddress,
        final long rspInfoAddress,
        final int requestId,
        final boolean isLast,
        final int intArgument,
        final long receiveNanos)
    {
        try
        {
            sink.onCallback(callback.wrap(slot, structAddress, rspInfoAddress, requestId, isLast, intArgument, receiveNanos));
        }
        catch (final Throwable t)
        {
            onError(slot, t);
        }
    }

    /** Delivers a {@link org.ctpengine.adapter.SpiShape#RAW} callback; never throws. */
    public void dispatchRaw(
        final SpiSlot slot, final long a0, final long a1, final long a2, final long a3, final long a4, final long receiveNanos)
    {
        try
        {
            callback.wrap(slot, 0, 0, 0, false, 0, receiveNanos).rawArguments(a0, a1, a2, a3, a4);
            sink.onCallback(callback);
        }
        catch (final Throwable t)
        {
            onError(slot, t);
        }
    }

    /** Throwables caught so far (from the sink or the adapter itself). */
    public long errorCount()
    {
        return errors.get();
    }

    /** Counts, and logs the first; must itself never throw. */
    void onError(final SpiSlot slot, final Throwable t)
    {
        try
        {
            if (errors.getAndIncrement() == 0)
            {
                LOG.error("SPI callback {} of CTP API '{}' threw; the exception was swallowed so that it cannot reach " +
                    "native code, later ones are only counted", slot.name(), callback.apiName(), t);
            }
        }
        catch (final Throwable ignored)
        {
            // Logging failed (e.g. out of memory): the count above is all that can be kept.
        }
    }
}
