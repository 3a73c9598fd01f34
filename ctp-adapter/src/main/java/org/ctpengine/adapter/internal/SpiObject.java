package org.ctpengine.adapter.internal;

import com.sun.jna.Callback;
import com.sun.jna.CallbackThreadInitializer;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import org.ctpengine.adapter.SpiSlot;

import java.util.List;

/**
 * A C++ SPI object built in off-heap memory for one API instance: its first word points to a vtable whose every
 * entry is a JNA trampoline ({@link SpiTrampolines}), one per slot of the profile's SPI table, none null.
 *
 * <p>The entry points are JNA's direct-mode stubs ({@link NativeShim#ctp_address_of}): no boxing per call.
 * Each trampoline has a {@link CallbackThreadInitializer} (daemon, never detached, named after the instance,
 * in a thread group of this instance's own): the library's callback thread is attached to the JVM once, not per
 * call, and {@link #isCallbackThread} can tell it apart without any per-call bookkeeping.
 *
 * <p>The object, the vtable and every Callback must stay strongly reachable until the library's Release()
 * returns, or a GC frees them under the native thread; the owning API keeps this object in a field and in its
 * registry of live instances. Built on the creating thread; immutable afterwards.
 */
public final class SpiObject
{
    /** offset-to-top and typeinfo precede the address point, as in a compiler-made vtable (both left 0). */
    private static final int VTABLE_HEADER_BYTES = Vtables.HEADER_BYTES;
    /** Room for the vptr and some zeroed bytes, should a library peek past it. */
    private static final int OBJECT_BYTES = 64;

    private final List<SpiSlot> slots;
    private final Memory vtable;
    private final Memory object;
    private final Callback[] trampolines;
    private final long[] functionPointers;
    private final ThreadGroup callbackThreadGroup;
    private final CallbackThreadInitializer threadInitializer;
    private final String threadName;

    /**
     * @param slots      every slot of the SPI table, in order
     * @param dispatcher where the trampolines deliver
     * @param threadName name the library's callback thread gets when attached, e.g. {@code ctp-td-main}
     */
    public SpiObject(final List<SpiSlot> slots, final SpiDispatcher dispatcher, final String threadName)
    {
        this.slots = List.copyOf(slots);
        this.threadName = threadName;
        this.callbackThreadGroup = new ThreadGroup(threadName);
        this.threadInitializer = new CallbackThreadInitializer(true, false, threadName, callbackThreadGroup);

        final int count = this.slots.size();
        this.vtable = new Memory(VTABLE_HEADER_BYTES + (long)Long.BYTES * Math.max(1, count));
        this.vtable.clear();
        this.trampolines = new Callback[count];
        this.functionPointers = new long[count];
        for (int i = 0; i < count; i++)
        {
            final SpiSlot slot = this.slots.get(i);
            if (slot.index() != i)
            {
                throw new IllegalArgumentException("SPI slot " + i + " has index " + slot.index());
            }
            final Callback trampoline = SpiTrampolines.create(slot, dispatcher);
            // The initializer must be known before JNA creates the native stub, which reads it once.
            Native.setCallbackThreadInitializer(trampoline, threadInitializer);
            final long function = NativeShim.ctp_address_of(trampoline);
            if (function == 0)
            {
                throw new IllegalStateException("JNA gave no entry point for " + trampoline);
            }
            trampolines[i] = trampoline;
            functionPointers[i] = function;
            vtable.setLong(VTABLE_HEADER_BYTES + (long)Long.BYTES * i, function);
        }

        this.object = new Memory(OBJECT_BYTES);
        this.object.clear();
        this.object.setLong(0, Pointer.nativeValue(vtable) + VTABLE_HEADER_BYTES);
    }

    /** The object's address: what RegisterSpi receives and what the library passes back as {@code this}. */
    public long address()
    {
        return Pointer.nativeValue(object);
    }

    /** The vptr value (address point of our vtable). */
    public long vtableAddress()
    {
        return Pointer.nativeValue(vtable) + VTABLE_HEADER_BYTES;
    }

    public int slotCount()
    {
        return slots.size();
    }

    public List<SpiSlot> slots()
    {
        return slots;
    }

    /** The native entry point in slot {@code i}; never 0. */
    public long functionPointer(final int i)
    {
        return functionPointers[i];
    }

    /** The Callback object behind slot {@code i}. */
    public Callback trampoline(final int i)
    {
        return trampolines[i];
    }

    /** Whether {@code thread} is a native thread attached by one of this object's trampolines. */
    public boolean isCallbackThread(final Thread thread)
    {
        return thread.getThreadGroup() == callbackThreadGroup;
    }

    /** Name given to the attached callback thread. */
    public String threadName()
    {
        return threadName;
    }
}
