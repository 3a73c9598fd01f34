package org.ctpengine.adapter.struct;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.agrona.DirectBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.CType;
import org.ctpengine.adapter.abi.CtpConstant;
import org.ctpengine.adapter.abi.FieldLayout;
import org.ctpengine.adapter.abi.StructLayout;
import org.ctpengine.adapter.text.Gb18030;

/**
 * Prints any struct of a profile field by field, by name, straight from the bytes: for journal dumps, logs and
 * test failures, where no flyweight may exist for the struct.
 * <ul>
 *     <li>{@code char[N]}: decoded as GB18030 up to the NUL. In the one-line form, text that holds a space,
 *     {@code =}, a quote or a backslash is quoted; control characters are escaped in both forms.</li>
 *     <li>{@code char}: the character ({@code \0} for NUL, {@code \xNN} when not printable), followed by the
 *     code's name in parentheses when the field is a known code field and the profile defines the value:
 *     {@code Direction=0(Buy)}. {@code CombOffsetFlag} and {@code CombHedgeFlag} get a name per leg.</li>
 *     <li>{@code double}: CTP's "no value" ({@link StructFlyweight#NO_VALUE}) prints as {@code -}; other values as
 *     {@link Double#toString}, without an exponent.</li>
 *     <li>{@code int}, {@code short}: decimal.</li>
 *     <li>{@code reserveN} slots (dead since 6.5.1) only when they hold something.</li>
 * </ul>
 * Code names come from the profile's {@code THOST_FTDC_*} constants, via a table of which code group a field
 * name holds (e.g. {@code OrderStatus} → {@code OST}). Allocates; never on the hot path. Immutable and
 * thread-safe.
 */
public final class StructPrinter
{
    /** What a "no value" double prints as. */
    public static final String NO_VALUE_TEXT = "-";

    private static final Map<String, String> CODE_GROUP_BY_FIELD = Map.ofEntries(
        Map.entry("Direction", "D"),
        Map.entry("OffsetFlag", "OF"),
        Map.entry("HedgeFlag", "HF"),
        Map.entry("CombOffsetFlag", "OF"),
        Map.entry("CombHedgeFlag", "HF"),
        Map.entry("OrderPriceType", "OPT"),
        Map.entry("TimeCondition", "TC"),
        Map.entry("VolumeCondition", "VC"),
        Map.entry("ContingentCondition", "CC"),
        Map.entry("ForceCloseReason", "FCC"),
        Map.entry("OrderStatus", "OST"),
        Map.entry("OrderSubmitStatus", "OSS"),
        Map.entry("OrderSource", "OSRC"),
        Map.entry("OrderType", "ORDT"),
        Map.entry("PosiDirection", "PD"),
        Map.entry("PositionDate", "PSD"),
        Map.entry("ActionFlag", "AF"),
        Map.entry("InstrumentStatus", "IS"),
        Map.entry("EnterReason", "IER"),
        Map.entry("ProductClass", "PC"),
        Map.entry("InstLifePhase", "IP"),
        Map.entry("PositionType", "PT"),
        Map.entry("PositionDateType", "PDT"),
        Map.entry("OptionsType", "CP"),
        Map.entry("CombinationType", "COMBT"),
        Map.entry("MaxMarginSideAlgorithm", "MMSA"),
        Map.entry("TradeType", "TRDT"),
        Map.entry("PriceSource", "PSRC"),
        Map.entry("TradeSource", "TSRC"),
        Map.entry("TradingRole", "ER"),
        Map.entry("BizType", "BZTP"));

    private static final Map<AbiProfile, StructPrinter> BY_PROFILE = new ConcurrentHashMap<>();

    private final AbiProfile profile;
    private final Map<String, String[]> namesByGroup = new HashMap<>();

    /** A printer that names codes by {@code profile}'s constants. */
    public StructPrinter(final AbiProfile profile)
    {
        this.profile = profile;
        for (final CtpConstant constant : profile.constants().values())
        {
            if (!constant.name().startsWith("THOST_FTDC_"))
            {
                continue;
            }
            final String[] names = namesByGroup.computeIfAbsent(constant.group(), group -> new String[256]);
            final int index = constant.byteValue() & 0xFF;
            final String name = constant.name().substring("THOST_FTDC_".length() + constant.group().length() + 1);
            names[index] = names[index] == null ? name : names[index] + "|" + name;
        }
    }

    /** A shared printer per profile. */
    public static StructPrinter forProfile(final AbiProfile profile)
    {
        return BY_PROFILE.computeIfAbsent(profile, StructPrinter::new);
    }

    /** The profile whose layouts and code names this printer uses. */
    public AbiProfile profile()
    {
        return profile;
    }

    /**
     * One line: {@code Name=value Name=value ...} in field order.
     *
     * @param structName e.g. {@code CThostFtdcDepthMarketDataField}
     * @throws IllegalArgumentException when the profile has no such struct
     */
    public String line(final String structName, final DirectBuffer buffer, final int offset)
    {
        return line(profile.struct(structName), buffer, offset);
    }

    /** One line: {@code Name=value Name=value ...} in field order. */
    public String line(final StructLayout layout, final DirectBuffer buffer, final int offset)
    {
        return appendLine(layout, buffer, offset, new StringBuilder(layout.size() * 2)).toString();
    }

    /** Appends the one-line form to {@code out}. */
    public StringBuilder appendLine(
        final StructLayout layout, final DirectBuffer buffer, final int offset, final StringBuilder out)
    {
        checkFits(layout, buffer, offset);
        boolean first = true;
        for (final FieldLayout field : layout.fields())
        {
            if (isEmptyReserve(field, buffer, offset))
            {
                continue;
            }
            if (!first)
            {
                out.append(' ');
            }
            first = false;
            out.append(field.name()).append('=');
            appendValue(field, buffer, offset, true, out);
        }
        return out;
    }

    /**
     * A header line ({@code CThostFtdcDepthMarketDataField (584 bytes, profile 6.7.8)}) and then one field per
     * line, {@code   Name = value}, names padded to a column; every line ends with a newline.
     *
     * @throws IllegalArgumentException when the profile has no such struct
     */
    public String lines(final String structName, final DirectBuffer buffer, final int offset)
    {
        return lines(profile.struct(structName), buffer, offset);
    }

    /** The multi-line form, see {@link #lines(String, DirectBuffer, int)}. */
    public String lines(final StructLayout layout, final DirectBuffer buffer, final int offset)
    {
        return appendLines(layout, buffer, offset, new StringBuilder(layout.size() * 4)).toString();
    }

    /** Appends the multi-line form to {@code out}. */
    public StringBuilder appendLines(
        final StructLayout layout, final DirectBuffer buffer, final int offset, final StringBuilder out)
    {
        checkFits(layout, buffer, offset);
        out.append(layout.name()).append(" (").append(layout.size()).append(" bytes, profile ").append(profile.id())
            .append(")\n");
        int width = 0;
        for (final FieldLayout field : layout.fields())
        {
            width = Math.max(width, field.name().length());
        }
        for (final FieldLayout field : layout.fields())
        {
            if (isEmptyReserve(field, buffer, offset))
            {
                continue;
            }
            out.append("  ").append(field.name());
            for (int i = field.name().length(); i < width; i++)
            {
                out.append(' ');
            }
            out.append(" = ");
            appendValue(field, buffer, offset, false, out);
            out.append('\n');
        }
        return out;
    }

    /**
     * The name of a code value for a field, e.g. ({@code OrderStatus}, '0') → {@code AllTraded}; null when the
     * field is not a known code field or the profile does not define the value.
     */
    public String codeName(final String fieldName, final byte code)
    {
        final String group = CODE_GROUP_BY_FIELD.get(fieldName);
        if (group == null)
        {
            return null;
        }
        final String[] names = namesByGroup.get(group);
        return names == null ? null : names[code & 0xFF];
    }

    /** Appends a double as this printer shows it: {@code -} for "no value", otherwise without exponent. */
    public static StringBuilder appendDouble(final double value, final StringBuilder out)
    {
        if (value == StructFlyweight.NO_VALUE)
        {
            return out.append(NO_VALUE_TEXT);
        }
        final String text = Double.toString(value);
        if (text.indexOf('E') < 0)
        {
            return out.append(text);
        }
        final String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        out.append(plain);
        return plain.indexOf('.') < 0 ? out.append(".0") : out;
    }

    private void appendValue(
        final FieldLayout field, final DirectBuffer buffer, final int offset, final boolean quote, final StringBuilder out)
    {
        final int index = offset + field.offset();
        final CType type = field.type();
        switch (type)
        {
            case CHAR_ARRAY:
                appendText(Gb18030.decode(buffer, index, field.length()), quote, out);
                appendLegNames(field.name(), buffer, index, field.length(), out);
                break;

            case CHAR:
                final byte code = buffer.getByte(index);
                appendChar(code, out);
                final String name = codeName(field.name(), code);
                if (name != null)
                {
                    out.append('(').append(name).append(')');
                }
                break;

            case SHORT:
                out.append(buffer.getShort(index, LITTLE_ENDIAN));
                break;

            case INT:
                out.append(buffer.getInt(index, LITTLE_ENDIAN));
                break;

            case DOUBLE:
                appendDouble(buffer.getDouble(index, LITTLE_ENDIAN), out);
                break;

            default:
                throw new IllegalStateException("unhandled C type " + type);
        }
    }

    /** {@code CombOffsetFlag=0(Open)}, {@code CombOffsetFlag=01(Open,Close)}: a name per leg when all are known. */
    private void appendLegNames(
        final String fieldName, final DirectBuffer buffer, final int index, final int capacity, final StringBuilder out)
    {
        if (!fieldName.startsWith("Comb") || !CODE_GROUP_BY_FIELD.containsKey(fieldName))
        {
            return;
        }
        final int length = Gb18030.length(buffer, index, capacity);
        if (length == 0)
        {
            return;
        }
        final StringBuilder names = new StringBuilder();
        for (int i = 0; i < length; i++)
        {
            final String name = codeName(fieldName, buffer.getByte(index + i));
            if (name == null)
            {
                return;
            }
            names.append(i == 0 ? "" : ",").append(name);
        }
        out.append('(').append(names).append(')');
    }

    private static void appendChar(final byte code, final StringBuilder out)
    {
        if (code == 0)
        {
            out.append("\\0");
        }
        else if (code >= 0x21 && code < 0x7F)
        {
            out.append((char)code);
        }
        else
        {
            appendHexEscape(code & 0xFF, out);
        }
    }

    private static void appendText(final String text, final boolean quote, final StringBuilder out)
    {
        final boolean quoted = quote && needsQuotes(text);
        if (quoted)
        {
            out.append('"');
        }
        for (int i = 0; i < text.length(); i++)
        {
            final char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F)
            {
                appendHexEscape(c, out);
            }
            else if (quoted && (c == '"' || c == '\\'))
            {
                out.append('\\').append(c);
            }
            else
            {
                out.append(c);
            }
        }
        if (quoted)
        {
            out.append('"');
        }
    }

    private static boolean needsQuotes(final String text)
    {
        for (int i = 0; i < text.length(); i++)
        {
            final char c = text.charAt(i);
            if (c == ' ' || c == '=' || c == '"' || c == '\\' || Character.isWhitespace(c))
            {
                return true;
            }
        }
        return false;
    }

    private static void appendHexEscape(final int value, final StringBuilder out)
    {
        out.append("\\x").append(Character.forDigit(value >> 4 & 0xF, 16)).append(Character.forDigit(value & 0xF, 16));
    }

    private static boolean isEmptyReserve(final FieldLayout field, final DirectBuffer buffer, final int offset)
    {
        if (!field.name().startsWith("reserve"))
        {
            return false;
        }
        for (int i = 0; i < field.length(); i++)
        {
            if (buffer.getByte(offset + field.offset() + i) != 0)
            {
                return false;
            }
        }
        return true;
    }

    private static void checkFits(final StructLayout layout, final DirectBuffer buffer, final int offset)
    {
        if (offset < 0 || offset > buffer.capacity() - layout.size())
        {
            throw new IndexOutOfBoundsException(layout.name() + " (" + layout.size() + " bytes) does not fit at offset " +
                offset + " of a buffer of " + buffer.capacity() + " bytes");
        }
    }
}
