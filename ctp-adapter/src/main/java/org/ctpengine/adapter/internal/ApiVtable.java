package org.ctpengine.adapter.internal;

import com.sun.jna.Pointer;
import org.ctpengine.adapter.abi.VtableSlot;

import java.util.List;

/**
 * Calls into one C++ API object through its vtable: the function pointers are read once, when the object is
 * created, and every call goes through {@link NativeShim}'s direct-mapped functions with primitive arguments
 * only, so no call allocates. Immutable; thread-safety is the library's (CTP's API methods may be called from
 * any thread, though the engine calls from one).
 */
public final class ApiVtable
{
    private final long self;
    private final List<VtableSlot> slots;
    private final long[] functions;
    private final ApiCallShape[] shapes;

    /**
     * @param self  address of the C++ object (its first word is the vptr)
     * @param slots the profile's API table for the object's class, in order
     */
    public ApiVtable(final long self, final List<VtableSlot> slots)
    {
        this.self = self;
        this.slots = List.copyOf(slots);
        final Pointer vptr = new Pointer(self).getPointer(0);
        this.functions = new long[this.slots.size()];
        this.shapes = new ApiCallShape[this.slots.size()];
        for (int i = 0; i < functions.length; i++)
        {
            functions[i] = vptr.getLong((long)i * Long.BYTES);
            shapes[i] = ApiCallShape.of(this.slots.get(i));
        }
    }

    /** Address of the C++ object. */
    public long self()
    {
        return self;
    }

    public int slotCount()
    {
        return functions.length;
    }

    public VtableSlot slot(final int index)
    {
        return slots.get(index);
    }

    /** Slot index of a method, or -1 when the profile has none of that name. */
    public int indexOf(final String methodName)
    {
        for (int i = 0; i < slots.size(); i++)
        {
            if (slots.get(i).name().equals(methodName))
            {
                return i;
            }
        }
        return -1;
    }

    public ApiCallShape shape(final int index)
    {
        return shapes[index];
    }

    /** Function pointer in slot {@code index}. */
    public long function(final int index)
    {
        return functions[index];
    }

    /**
     * The slot of {@code methodName} in {@code slots}, checked to have {@code shape}, or -1 when there is none.
     *
     * @throws IllegalArgumentException when the method exists with another signature
     */
    public static int resolve(final List<VtableSlot> slots, final String methodName, final ApiCallShape shape)
    {
        for (final VtableSlot slot : slots)
        {
            if (slot.name().equals(methodName))
            {
                if (ApiCallShape.of(slot) != shape)
                {
                    throw new IllegalArgumentException("API method " + slot.signature() + " is not of shape " + shape);
                }
                return slot.index();
            }
        }
        return -1;
    }

    /**
     * Calls any slot whose shape the shim supports; arguments a shape does not take are ignored.
     *
     * @return the int result, the pointer result, or 0 for void methods
     * @throws IllegalArgumentException for a slot out of range or of an unsupported shape
     */
    public long invoke(final int index, final long pointerArgument, final int intArgument)
    {
        if (index < 0 || index >= functions.length)
        {
            throw new IllegalArgumentException("no API slot " + index + " (table has " + functions.length + ")");
        }
        final long fn = functions[index];
        switch (shapes[index])
        {
            case V_V:
                NativeShim.ctp_v_v(fn, self);
                return 0;
            case I_V:
                return NativeShim.ctp_i_v(fn, self);
            case P_V:
                return NativeShim.ctp_p_v(fn, self);
            case V_P:
                NativeShim.ctp_v_p(fn, self, pointerArgument);
                return 0;
            case V_I:
                NativeShim.ctp_v_i(fn, self, intArgument);
                return 0;
            case I_P:
                return NativeShim.ctp_i_p(fn, self, pointerArgument);
            case I_PI:
                return NativeShim.ctp_i_pi(fn, self, pointerArgument, intArgument);
            default:
                throw new IllegalArgumentException("API method " + slots.get(index).signature() + " cannot be called " +
                    "through the shim (unsupported signature)");
        }
    }

    /** {@code int (this, X*, int)} on a slot already resolved to {@link ApiCallShape#I_PI}: the order path. */
    public int callPointerInt(final int index, final long pointerArgument, final int intArgument)
    {
        return NativeShim.ctp_i_pi(functions[index], self, pointerArgument, intArgument);
    }

    /** {@code void (this)} on a slot resolved to {@link ApiCallShape#V_V}. */
    public void callVoid(final int index)
    {
        NativeShim.ctp_v_v(functions[index], self);
    }

    /** {@code void (this, X*)} on a slot resolved to {@link ApiCallShape#V_P}. */
    public void callVoidPointer(final int index, final long pointerArgument)
    {
        NativeShim.ctp_v_p(functions[index], self, pointerArgument);
    }

    /** {@code void (this, int)} on a slot resolved to {@link ApiCallShape#V_I}. */
    public void callVoidInt(final int index, final int intArgument)
    {
        NativeShim.ctp_v_i(functions[index], self, intArgument);
    }

    /** {@code int (this)} on a slot resolved to {@link ApiCallShape#I_V}. */
    public int callInt(final int index)
    {
        return NativeShim.ctp_i_v(functions[index], self);
    }

    /** {@code const char* (this)} on a slot resolved to {@link ApiCallShape#P_V}. */
    public long callPointer(final int index)
    {
        return NativeShim.ctp_p_v(functions[index], self);
    }
}
