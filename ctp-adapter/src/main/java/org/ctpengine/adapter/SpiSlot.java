package org.ctpengine.adapter;

import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.VtableSlot;

/**
 * One SPI vtable slot as the trampolines see it: its index, method, shape, and the struct its first parameter
 * points to with that struct's size in this profile. Immutable; built once per API instance.
 */
public final class SpiSlot
{
    private final VtableSlot slot;
    private final SpiShape shape;
    private final String structName;
    private final int structSize;

    private SpiSlot(final VtableSlot slot, final SpiShape shape, final String structName, final int structSize)
    {
        this.slot = slot;
        this.shape = shape;
        this.structName = structName;
        this.structSize = structSize;
    }

    /**
     * Describes {@code slot} with the struct sizes of {@code profile}.
     *
     * @throws IllegalArgumentException when no trampoline fits the signature or the profile lacks its struct
     */
    public static SpiSlot of(final VtableSlot slot, final AbiProfile profile)
    {
        final SpiShape shape = SpiShape.of(slot);
        if (!shape.hasStruct())
        {
            return new SpiSlot(slot, shape, null, 0);
        }
        final String type = slot.parameterTypes().get(0);
        final String name = type.substring(0, type.length() - 1);
        return new SpiSlot(slot, shape, name, profile.struct(name).size());
    }

    /** Position in the SPI vtable. */
    public int index()
    {
        return slot.index();
    }

    /** Method name, e.g. {@code OnRtnOrder}. */
    public String name()
    {
        return slot.name();
    }

    public SpiShape shape()
    {
        return shape;
    }

    /** The struct the first parameter points to, e.g. {@code CThostFtdcOrderField}, or null for shapes without one. */
    public String structName()
    {
        return structName;
    }

    /** {@code sizeof} that struct in this profile, or 0. */
    public int structSize()
    {
        return structSize;
    }

    /** The profile's description of the slot (C++ signature). */
    public VtableSlot vtableSlot()
    {
        return slot;
    }

    @Override
    public String toString()
    {
        return slot.index() + ":" + slot.signature();
    }
}
