package org.ctpengine.adapter.abi;

/**
 * One {@code THOST_FTDC_*} code (or {@code THOST_TERT_*} resume type) from SFIT's data-type header.
 *
 * @param name  e.g. {@code THOST_FTDC_D_Buy}
 * @param group the code family: the token after {@code THOST_FTDC_}, e.g. {@code D} for Direction,
 *              {@code OST} for OrderStatus; {@code TERT} for the resume type enum
 * @param value the C literal: {@code '0'} for char codes, a decimal number for enum values
 */
public record CtpConstant(String name, String group, String value)
{
    /** Group of a constant name: {@code THOST_FTDC_OST_AllTraded} → {@code OST}. */
    public static String groupOf(final String name)
    {
        final String rest;
        if (name.startsWith("THOST_FTDC_"))
        {
            rest = name.substring("THOST_FTDC_".length());
        }
        else if (name.startsWith("THOST_"))
        {
            rest = name.substring("THOST_".length());
        }
        else
        {
            throw new IllegalArgumentException("not a CTP constant name: " + name);
        }
        final int underscore = rest.indexOf('_');
        return underscore < 0 ? rest : rest.substring(0, underscore);
    }

    /** A char literal {@code 'x'} as a byte; for enum values, the number. */
    public byte byteValue()
    {
        if (value.length() == 3 && value.charAt(0) == '\'' && value.charAt(2) == '\'')
        {
            return (byte)value.charAt(1);
        }
        return (byte)Integer.parseInt(value);
    }

    /** The enum value as an int ({@code THOST_TERT_QUICK} → 2); char codes give their character code. */
    public int intValue()
    {
        if (value.length() == 3 && value.charAt(0) == '\'' && value.charAt(2) == '\'')
        {
            return value.charAt(1);
        }
        return Integer.parseInt(value);
    }
}
