package org.ctpengine.journal.tools;

import org.agrona.DirectBuffer;
import org.ctpengine.adapter.abi.FieldLayout;
import org.ctpengine.adapter.abi.StructLayout;
import org.ctpengine.adapter.struct.StructFlyweight;
import org.ctpengine.adapter.struct.StructPrinter;
import org.ctpengine.adapter.text.Gb18030;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

/**
 * Reads fields of any struct by name, as text for a CSV cell, from the layout of the event's own profile: an
 * export of a journal recorded under another CTP version reads that version's offsets. A field the profile
 * lacks reads as an empty cell. Allocates; for tools. Confined to one thread.
 */
final class StructFields
{
    private StructPrinter printer;
    private StructLayout layout;
    private DirectBuffer buffer;
    private int offset;

    StructFields wrap(final StructPrinter printer, final StructLayout layout, final DirectBuffer buffer, final int offset)
    {
        this.printer = printer;
        this.layout = layout;
        this.buffer = buffer;
        this.offset = offset;
        return this;
    }

    /** A {@code char[N]} field, GB18030 decoded, surrounding spaces removed (CTP right-aligns some ids). */
    String text(final String name)
    {
        final FieldLayout field = field(name);
        return field == null ? "" : Gb18030.decode(buffer, offset + field.offset(), field.length()).strip();
    }

    /** A number as decimal text; CTP's "no value" as an empty cell. */
    String number(final String name)
    {
        final FieldLayout field = field(name);
        if (field == null)
        {
            return "";
        }
        final int index = offset + field.offset();
        return switch (field.type())
        {
            case DOUBLE ->
            {
                final double value = buffer.getDouble(index, LITTLE_ENDIAN);
                yield value == StructFlyweight.NO_VALUE ? "" : StructPrinter.appendDouble(value, new StringBuilder()).toString();
            }
            case INT -> Integer.toString(buffer.getInt(index, LITTLE_ENDIAN));
            case SHORT -> Short.toString(buffer.getShort(index, LITTLE_ENDIAN));
            default -> text(name);
        };
    }

    /**
     * A code by name ({@code Buy}, {@code AllTraded}) from the profile's constants, or the character itself when
     * the profile does not name it. For a {@code char[N]} field of codes ({@code CombOffsetFlag}), its first leg.
     */
    String code(final String name)
    {
        final FieldLayout field = field(name);
        if (field == null)
        {
            return "";
        }
        final byte code = buffer.getByte(offset + field.offset());
        if (code == 0)
        {
            return "";
        }
        final String codeName = printer.codeName(name, code);
        return codeName != null ? codeName : String.valueOf((char)(code & 0xFF));
    }

    private FieldLayout field(final String name)
    {
        return layout.hasField(name) ? layout.field(name) : null;
    }
}
