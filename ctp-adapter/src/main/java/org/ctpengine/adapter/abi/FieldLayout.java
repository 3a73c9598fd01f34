package org.ctpengine.adapter.abi;

/**
 * One field of a CTP struct: where it is and what it holds.
 *
 * @param name   the member name as declared in SFIT's header (e.g. {@code InstrumentID})
 * @param offset byte offset from the start of the struct
 * @param type   the C type
 * @param length size in bytes: N for {@code char[N]}, otherwise the scalar size
 */
public record FieldLayout(String name, int offset, CType type, int length)
{
    public FieldLayout
    {
        if (offset < 0 || length <= 0)
        {
            throw new IllegalArgumentException("field " + name + ": bad offset " + offset + " or length " + length);
        }
        if (type != CType.CHAR_ARRAY && length != type.alignment())
        {
            throw new IllegalArgumentException("field " + name + ": " + type.cName() + " must be " + type.alignment() +
                " bytes, not " + length);
        }
    }

    /** The first byte after this field. */
    public int end()
    {
        return offset + length;
    }

    /** C declaration text, e.g. {@code char InstrumentID[81]} or {@code double LastPrice}. */
    public String declaration()
    {
        return type == CType.CHAR_ARRAY ? "char " + name + "[" + length + "]" : type.cName() + " " + name;
    }
}
