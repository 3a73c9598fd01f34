package org.ctpengine.adapter.abi;

/**
 * The only field types that occur in CTP's wire structs (no nesting, no pointers).
 * Each type knows its size and alignment under the Itanium x86-64 ABI.
 */
public enum CType
{
    /** {@code char[N]}: N bytes of GB18030 text, NUL-terminated when shorter than N. */
    CHAR_ARRAY("char[]", 1),
    /** A single {@code char}: CTP's enumerated codes such as Direction '0'/'1'. */
    CHAR("char", 1),
    /** {@code short}, 2 bytes, little-endian. */
    SHORT("short", 2),
    /** {@code int}, 4 bytes, little-endian. */
    INT("int", 4),
    /** {@code double}, 8 bytes, IEEE-754, little-endian. */
    DOUBLE("double", 8);

    private final String cName;
    private final int alignment;

    CType(final String cName, final int alignment)
    {
        this.cName = cName;
        this.alignment = alignment;
    }

    /** The C spelling used in profile files: {@code char[]}, {@code char}, {@code short}, {@code int}, {@code double}. */
    public String cName()
    {
        return cName;
    }

    /** Alignment in bytes; for scalars also their size. */
    public int alignment()
    {
        return alignment;
    }

    /**
     * Parses the C spelling used in profile files.
     *
     * @throws IllegalArgumentException naming the unknown spelling
     */
    public static CType fromCName(final String cName)
    {
        for (final CType type : values())
        {
            if (type.cName.equals(cName))
            {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown C field type '" + cName + "' (expected char[], char, short, int or double)");
    }
}
