package org.ctpengine.adapter.struct;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.agrona.AsciiSequenceView;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfileException;
import org.ctpengine.adapter.abi.CType;
import org.ctpengine.adapter.abi.FieldLayout;
import org.ctpengine.adapter.abi.StructLayout;
import org.ctpengine.adapter.text.Gb18030;

/**
 * Base of the zero-allocation views over CTP structs held in an Agrona buffer (heap, direct, or the native
 * memory that the CTP library hands to a callback).
 * <p>
 * Offsets are not compiled in: a subclass resolves each field it names against the {@link StructLayout} of the
 * profile it is built with, once, into final ints, so one class serves every CTP version the engine has a
 * profile for. A field the subclass needs but the profile lacks, or has with another type, fails construction
 * with an {@link AbiProfileException} naming struct, field and profile. Fields that SFIT appended in later
 * versions are bound as optional: their accessors throw {@link FieldAbsentException} under an older profile,
 * and {@code hasX()} tells in advance.
 * <p>
 * Scalars are read and written little-endian (x86-64, the only platform SFIT ships). Text is GB18030, see
 * {@link Gb18030}; writes reject text that does not fit rather than truncating it.
 * <p>
 * Not thread-safe: a flyweight is owned by one thread, like the buffer it wraps; build one per thread and
 * re-wrap it per message.
 */
public abstract class StructFlyweight
{
    /** CTP's "no value" for prices and other doubles (e.g. ClosePrice before the close): {@code Double.MAX_VALUE}. */
    public static final double NO_VALUE = Double.MAX_VALUE;

    /** Offset of an optional field that the bound profile lacks. */
    public static final int ABSENT = -1;

    private final AbiProfile profile;
    private final StructLayout layout;
    private final List<BoundField> boundFields = new ArrayList<>();

    DirectBuffer buffer;
    int offset;
    private MutableDirectBuffer mutableBuffer;

    /**
     * @throws IllegalArgumentException when the profile has no such struct (names profile and struct)
     */
    StructFlyweight(final AbiProfile profile, final String structName)
    {
        this.profile = profile;
        this.layout = profile.struct(structName);
    }

    /**
     * Whether a double holds CTP's "no value" marker ({@link #NO_VALUE}), as prices do before the exchange has
     * one (no trade yet, no settlement yet, empty book level).
     */
    public static boolean isNoValue(final double value)
    {
        return value == NO_VALUE;
    }

    /**
     * Points this view at the struct that starts at {@code offset} in {@code buffer}. Setters need the buffer to
     * be a {@link MutableDirectBuffer}.
     *
     * @return this
     * @throws IndexOutOfBoundsException when the struct does not fit in the buffer at that offset
     */
    public StructFlyweight wrap(final DirectBuffer buffer, final int offset)
    {
        final int size = layout.size();
        if (offset < 0 || offset > buffer.capacity() - size)
        {
            throw new IndexOutOfBoundsException(layout.name() + " (" + size + " bytes) does not fit at offset " +
                offset + " of a buffer of " + buffer.capacity() + " bytes");
        }
        this.buffer = buffer;
        this.offset = offset;
        this.mutableBuffer = buffer instanceof MutableDirectBuffer ? (MutableDirectBuffer)buffer : null;
        return this;
    }

    /**
     * Sets every byte of the struct to 0, as a request struct must start (CTP treats empty text and 0 as
     * "not given").
     *
     * @return this
     */
    public StructFlyweight clear()
    {
        writable().setMemory(offset, layout.size(), (byte)0);
        return this;
    }

    /** The buffer wrapped, or null before the first {@link #wrap}. */
    public DirectBuffer buffer()
    {
        return buffer;
    }

    /** Where the struct starts in {@link #buffer()}. */
    public int offset()
    {
        return offset;
    }

    /** {@code sizeof} the struct in the bound profile. */
    public int sizeInBytes()
    {
        return layout.size();
    }

    /** The layout this view is bound to. */
    public StructLayout layout()
    {
        return layout;
    }

    /** The profile this view is bound to. */
    public AbiProfile profile()
    {
        return profile;
    }

    /** Every field of the struct, by name, as {@link StructPrinter} prints it. Allocates; for logs and tests. */
    @Override
    public String toString()
    {
        if (buffer == null)
        {
            return layout.name() + "(not wrapped)";
        }
        return StructPrinter.forProfile(profile).line(layout, buffer, offset);
    }

    /** Fields this flyweight named, in binding order. */
    List<BoundField> boundFields()
    {
        return Collections.unmodifiableList(boundFields);
    }

    /**
     * Offset of a field the flyweight needs in every profile.
     *
     * @throws AbiProfileException when the profile lacks it or gives it another type
     */
    final int field(final String name, final CType type)
    {
        if (!layout.hasField(name))
        {
            throw new AbiProfileException("ABI profile " + profile.id() + ": struct " + layout.name() +
                " has no field " + name + ", which " + getClass().getSimpleName() + " needs");
        }
        return bind(name, type, false);
    }

    /**
     * Offset of a field that older CTP versions lack, or {@link #ABSENT}.
     *
     * @throws AbiProfileException when the profile has it with another type
     */
    final int optionalField(final String name, final CType type)
    {
        if (!layout.hasField(name))
        {
            boundFields.add(new BoundField(name, type, ABSENT, 0, true));
            return ABSENT;
        }
        return bind(name, type, true);
    }

    /** Size in bytes of a bound field ({@code N} of {@code char[N]}), 0 when absent. */
    final int length(final String name)
    {
        return layout.hasField(name) ? layout.field(name).length() : 0;
    }

    /**
     * The offset of an optional field, checked.
     *
     * @throws FieldAbsentException when the bound profile lacks the field
     */
    final int present(final int fieldOffset, final String name)
    {
        if (fieldOffset == ABSENT)
        {
            throw new FieldAbsentException(layout.name(), name, profile.id());
        }
        return fieldOffset;
    }

    /** The buffer for writing. */
    final MutableDirectBuffer writable()
    {
        final MutableDirectBuffer mutable = mutableBuffer;
        if (mutable == null)
        {
            throw new IllegalStateException(layout.name() + ": " +
                (buffer == null ? "not wrapped" : "the wrapped buffer is read-only (not a MutableDirectBuffer)"));
        }
        return mutable;
    }

    final String getText(final int fieldOffset, final int capacity)
    {
        return Gb18030.decode(buffer, offset + fieldOffset, capacity);
    }

    final void putText(final int fieldOffset, final int capacity, final String name, final CharSequence value)
    {
        Gb18030.encode(layout.name(), name, value, writable(), offset + fieldOffset, capacity);
    }

    final AsciiSequenceView wrapText(final int fieldOffset, final int capacity, final AsciiSequenceView view)
    {
        final int index = offset + fieldOffset;
        return view.wrap(buffer, index, Gb18030.length(buffer, index, capacity));
    }

    final boolean textEquals(final int fieldOffset, final int capacity, final CharSequence value)
    {
        return Gb18030.contentEquals(buffer, offset + fieldOffset, capacity, value);
    }

    final StringBuilder appendText(final int fieldOffset, final int capacity, final StringBuilder destination)
    {
        return Gb18030.appendTo(buffer, offset + fieldOffset, capacity, destination);
    }

    private int bind(final String name, final CType type, final boolean optional)
    {
        final FieldLayout field = layout.field(name);
        if (field.type() != type)
        {
            throw new AbiProfileException("ABI profile " + profile.id() + ": " + layout.name() + "." + name + " is " +
                field.declaration() + ", but " + getClass().getSimpleName() + " reads it as " + type.cName());
        }
        boundFields.add(new BoundField(name, type, field.offset(), field.length(), optional));
        return field.offset();
    }
}
