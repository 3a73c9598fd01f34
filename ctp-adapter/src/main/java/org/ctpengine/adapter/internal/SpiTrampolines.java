package org.ctpengine.adapter.internal;

import com.sun.jna.Callback;
import org.ctpengine.adapter.SpiSlot;

/**
 * One JNA {@link Callback} type per {@link org.ctpengine.adapter.SpiShape}. Parameters are primitives only
 * ({@code long} for pointers, {@code int}, {@code byte} for C++ bool) so that JNA registers them in its direct
 * mode: arguments arrive as JNI primitives, nothing is boxed and nothing allocates per call. The first
 * parameter is the SPI object ({@code this}). Each trampoline reads the clock first, then hands over to the
 * {@link SpiDispatcher}, which catches everything.
 */
public final class SpiTrampolines
{
    private SpiTrampolines()
    {
    }

    /** The trampoline for {@code slot}, delivering to {@code dispatcher}. */
    public static Callback create(final SpiSlot slot, final SpiDispatcher dispatcher)
    {
        return switch (slot.shape())
        {
            case NO_ARGS -> new NoArgs(slot, dispatcher);
            case INT -> new IntArg(slot, dispatcher);
            case STRUCT -> new Struct(slot, dispatcher);
            case STRUCT_RSP -> new StructRsp(slot, dispatcher);
            case STRUCT_RSP_REQUEST -> new StructRspRequest(slot, dispatcher);
            case RSP_REQUEST -> new RspRequest(slot, dispatcher);
            case RAW -> new Raw(slot, dispatcher);
        };
    }

    /** {@code void (*)(this)}. */
    public interface NoArgsMethod extends Callback
    {
        void invoke(long self);
    }

    /** {@code void (*)(this, int)}. */
    public interface IntArgMethod extends Callback
    {
        void invoke(long self, int value);
    }

    /** {@code void (*)(this, X*)}. */
    public interface StructMethod extends Callback
    {
        void invoke(long self, long struct);
    }

    /** {@code void (*)(this, X*, CThostFtdcRspInfoField*)}. */
    public interface StructRspMethod extends Callback
    {
        void invoke(long self, long struct, long rspInfo);
    }

    /** {@code void (*)(this, X*, CThostFtdcRspInfoField*, int, bool)}. */
    public interface StructRspRequestMethod extends Callback
    {
        void invoke(long self, long struct, long rspInfo, int requestId, byte isLast);
    }

    /** {@code void (*)(this, CThostFtdcRspInfoField*, int, bool)}. */
    public interface RspRequestMethod extends Callback
    {
        void invoke(long self, long rspInfo, int requestId, byte isLast);
    }

    /** Up to five integer or pointer parameters, read as whole registers. */
    public interface RawMethod extends Callback
    {
        void invoke(long self, long a0, long a1, long a2, long a3, long a4);
    }

    /** Common state: which slot this trampoline serves and where it delivers. */
    abstract static class Trampoline
    {
        final SpiSlot slot;
        final SpiDispatcher dispatcher;

        Trampoline(final SpiSlot slot, final SpiDispatcher dispatcher)
        {
            this.slot = slot;
            this.dispatcher = dispatcher;
        }

        @Override
        public String toString()
        {
            return getClass().getSimpleName() + "[" + slot + "]";
        }
    }

    static final class NoArgs extends Trampoline implements NoArgsMethod
    {
        NoArgs(final SpiSlot slot, final SpiDispatcher dispatcher)
        {
            super(slot, dispatcher);
        }

        @Override
        public void invoke(final long self)
        {
            final long now = System.nanoTime();
            dispatcher.dispatch(slot, 0, 0, 0, false, 0, now);
        }
    }

    static final class IntArg extends Trampoline implements IntArgMethod
    {
        IntArg(final SpiSlot slot, final SpiDispatcher dispatcher)
        {
            super(slot, dispatcher);
        }

        @Override
        public void invoke(final long self, final int value)
        {
            final long now = System.nanoTime();
            dispatcher.dispatch(slot, 0, 0, 0, false, value, now);
        }
    }

    static final class Struct extends Trampoline implements StructMethod
    {
        Struct(final SpiSlot slot, final SpiDispatcher dispatcher)
        {
            super(slot, dispatcher);
        }

        @Override
        public void invoke(final long self, final long struct)
        {
            final long now = System.nanoTime();
            dispatcher.dispatch(slot, struct, 0, 0, false, 0, now);
        }
    }

    static final class StructRsp extends Trampoline implements StructRspMethod
    {
        StructRsp(final SpiSlot slot, final SpiDispatcher dispatcher)
        {
            super(slot, dispatcher);
        }

        @Override
        public void invoke(final long self, final long struct, final long rspInfo)
        {
            final long now = System.nanoTime();
            dispatcher.dispatch(slot, struct, rspInfo, 0, false, 0, now);
        }
    }

    static final class StructRspRequest extends Trampoline implements StructRspRequestMethod
    {
        StructRspRequest(final SpiSlot slot, final SpiDispatcher dispatcher)
        {
            super(slot, dispatcher);
        }

        @Override
        public void invoke(final long self, final long struct, final long rspInfo, final int requestId, final byte isLast)
        {
            final long now = System.nanoTime();
            dispatcher.dispatch(slot, struct, rspInfo, requestId, isLast != 0, 0, now);
        }
    }

    static final class RspRequest extends Trampoline implements RspRequestMethod
    {
        RspRequest(final SpiSlot slot, final SpiDispatcher dispatcher)
        {
            super(slot, dispatcher);
        }

        @Override
        public void invoke(final long self, final long rspInfo, final int requestId, final byte isLast)
        {
            final long now = System.nanoTime();
            dispatcher.dispatch(slot, 0, rspInfo, requestId, isLast != 0, 0, now);
        }
    }

    static final class Raw extends Trampoline implements RawMethod
    {
        Raw(final SpiSlot slot, final SpiDispatcher dispatcher)
        {
            super(slot, dispatcher);
        }

        @Override
        public void invoke(final long self, final long a0, final long a1, final long a2, final long a3, final long a4)
        {
            final long now = System.nanoTime();
            dispatcher.dispatchRaw(slot, a0, a1, a2, a3, a4, now);
        }
    }
}
