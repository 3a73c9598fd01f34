package org.ctpengine.adapter.struct;

import static java.nio.ByteOrder.LITTLE_ENDIAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.agrona.AsciiSequenceView;
import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.abi.CType;
import org.ctpengine.adapter.abi.FieldLayout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every flyweight and both built-in profiles, every field it names: the setter writes exactly the bytes of that
 * field at the offset the profile gives (little-endian, text NUL-filled) and nothing else, and the getter reads
 * back what was put at that offset. Accessors are found by name, so a new field or flyweight is covered
 * automatically.
 */
class FlyweightRoundTripTest
{
    private static final byte SENTINEL = (byte)0xA5;
    /** The struct starts at an odd offset so that nothing can silently depend on the buffer's start or alignment. */
    private static final int BASE = 13;

    static Stream<Arguments> flyweightsAndProfiles()
    {
        final List<Arguments> arguments = new ArrayList<>();
        for (final String profileId : AbiProfiles.BUILT_IN)
        {
            for (final Class<? extends StructFlyweight> type : Flyweights.classes())
            {
                arguments.add(Arguments.of(type.getSimpleName(), profileId, type));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("flyweightsAndProfiles")
    void everyFieldRoundTripsAtTheProfilesOffset(
        final String name, final String profileId, final Class<? extends StructFlyweight> type) throws Throwable
    {
        final AbiProfile profile = AbiProfiles.byId(profileId);
        final StructFlyweight flyweight = Flyweights.create(type, profile);
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[BASE + flyweight.sizeInBytes() + 16]);
        flyweight.wrap(buffer, BASE);
        assertThat(flyweight.sizeInBytes()).isEqualTo(profile.struct(Flyweights.structName(type)).size());

        int ordinal = 0;
        for (final BoundField field : flyweight.boundFields())
        {
            ordinal++;
            if (!field.present())
            {
                continue;
            }
            final FieldLayout layout = flyweight.layout().field(field.name());
            assertThat(field.offset()).as(field.name()).isEqualTo(layout.offset());
            final String accessor = Flyweights.accessorName(field.name());
            final int at = BASE + layout.offset();
            switch (field.type())
            {
                case DOUBLE:
                {
                    final double value = 1000.0 + ordinal + 0.25;
                    fill(buffer);
                    invoke(flyweight, accessor, double.class, value);
                    assertThat(buffer.getLong(at, LITTLE_ENDIAN)).as(field.name()).isEqualTo(Double.doubleToRawLongBits(value));
                    assertUntouchedOutside(buffer, at, 8, field.name());
                    buffer.putDouble(at, -value, LITTLE_ENDIAN);
                    assertThat(get(flyweight, accessor)).as(field.name()).isEqualTo(-value);
                    break;
                }
                case INT:
                {
                    final int value = 0x01020300 + ordinal;
                    fill(buffer);
                    invoke(flyweight, accessor, int.class, value);
                    assertThat(buffer.getByte(at)).as(field.name() + " little-endian low byte").isEqualTo((byte)ordinal);
                    assertThat(buffer.getByte(at + 3)).as(field.name() + " little-endian high byte").isEqualTo((byte)1);
                    assertUntouchedOutside(buffer, at, 4, field.name());
                    buffer.putInt(at, -value, LITTLE_ENDIAN);
                    assertThat(get(flyweight, accessor)).as(field.name()).isEqualTo(-value);
                    break;
                }
                case SHORT:
                {
                    final short value = (short)(0x0100 + ordinal);
                    fill(buffer);
                    invoke(flyweight, accessor, short.class, value);
                    assertThat(buffer.getShort(at, LITTLE_ENDIAN)).as(field.name()).isEqualTo(value);
                    assertUntouchedOutside(buffer, at, 2, field.name());
                    break;
                }
                case CHAR:
                {
                    final byte value = (byte)('A' + ordinal % 26);
                    fill(buffer);
                    invoke(flyweight, accessor, byte.class, value);
                    assertThat(buffer.getByte(at)).as(field.name()).isEqualTo(value);
                    assertUntouchedOutside(buffer, at, 1, field.name());
                    buffer.putByte(at, (byte)'z');
                    assertThat(get(flyweight, accessor)).as(field.name()).isEqualTo((byte)'z');
                    break;
                }
                case CHAR_ARRAY:
                    checkText(flyweight, buffer, field, accessor, at);
                    break;

                default:
                    throw new AssertionError(field.type());
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("flyweightsAndProfiles")
    void absentFieldsSayWhichStructFieldAndProfile(
        final String name, final String profileId, final Class<? extends StructFlyweight> type) throws Throwable
    {
        final StructFlyweight flyweight = Flyweights.create(type, AbiProfiles.byId(profileId));
        flyweight.wrap(new UnsafeBuffer(new byte[flyweight.sizeInBytes()]), 0);
        for (final BoundField field : flyweight.boundFields())
        {
            final String accessor = Flyweights.accessorName(field.name());
            if (field.optional())
            {
                final Method has = type.getMethod("has" + Flyweights.capitalised(accessor));
                assertThat(has.invoke(flyweight)).as(field.name()).isEqualTo(field.present());
            }
            if (field.present())
            {
                continue;
            }
            assertThatThrownBy(() -> get(flyweight, accessor))
                .isInstanceOf(FieldAbsentException.class)
                .hasMessageContaining(flyweight.layout().name())
                .hasMessageContaining(field.name())
                .hasMessageContaining(profileId);
            final Class<?> parameter = field.type() == CType.CHAR_ARRAY ? CharSequence.class :
                field.type() == CType.INT ? int.class :
                field.type() == CType.DOUBLE ? double.class : byte.class;
            final Object value = parameter == CharSequence.class ? "x" : parameter == int.class ? (Object)1 :
                parameter == double.class ? (Object)1.0 : (Object)(byte)'1';
            assertThatThrownBy(() -> invoke(flyweight, accessor, parameter, value))
                .isInstanceOf(FieldAbsentException.class)
                .hasMessageContaining(field.name());
        }
    }

    private static void checkText(
        final StructFlyweight flyweight, final UnsafeBuffer buffer, final BoundField field, final String accessor, final int at)
        throws Throwable
    {
        final int capacity = field.length();
        final String longest = text(field.name(), capacity - 1);
        fill(buffer);
        invoke(flyweight, accessor, CharSequence.class, longest);
        for (int i = 0; i < capacity - 1; i++)
        {
            assertThat((char)buffer.getByte(at + i)).as(field.name() + " byte " + i).isEqualTo(longest.charAt(i));
        }
        assertThat(buffer.getByte(at + capacity - 1)).as(field.name() + " NUL").isZero();
        assertUntouchedOutside(buffer, at, capacity, field.name());
        assertThat(get(flyweight, accessor)).as(field.name()).isEqualTo(longest);

        final String shorter = longest.substring(0, Math.max(0, (capacity - 1) / 2));
        invoke(flyweight, accessor, CharSequence.class, shorter);
        for (int i = shorter.length(); i < capacity; i++)
        {
            assertThat(buffer.getByte(at + i)).as(field.name() + " NUL-filled byte " + i).isZero();
        }

        final String tooLong = text(field.name(), capacity);
        assertThatThrownBy(() -> invoke(flyweight, accessor, CharSequence.class, tooLong))
            .as(field.name() + " of " + capacity + " chars")
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(field.name())
            .hasMessageContaining("at most " + (capacity - 1))
            .hasMessageContaining(tooLong);
        assertThat(get(flyweight, accessor)).as(field.name() + " kept after rejection").isEqualTo(shorter);

        buffer.putStringWithoutLengthAscii(at, "AB");
        buffer.putByte(at + 2, (byte)0);
        assertThat(get(flyweight, accessor)).as(field.name()).isEqualTo("AB");

        final Method wrap = findMethod(flyweight.getClass(), "wrap" + Flyweights.capitalised(accessor), AsciiSequenceView.class);
        if (wrap != null)
        {
            final AsciiSequenceView view = (AsciiSequenceView)wrap.invoke(flyweight, new AsciiSequenceView());
            assertThat(view.toString()).as(field.name()).isEqualTo("AB");
            final Method equals = flyweight.getClass().getMethod(accessor + "Equals", CharSequence.class);
            assertThat(equals.invoke(flyweight, "AB")).as(field.name()).isEqualTo(true);
            assertThat(equals.invoke(flyweight, "ABC")).as(field.name()).isEqualTo(false);
        }
        else
        {
            final Method append = flyweight.getClass().getMethod(
                "append" + Flyweights.capitalised(accessor), StringBuilder.class);
            assertThat(append.invoke(flyweight, new StringBuilder("<")).toString()).as(field.name()).isEqualTo("<AB");
        }
    }

    /** Distinctive ASCII text of exactly {@code length} chars, derived from the field name. */
    private static String text(final String fieldName, final int length)
    {
        final StringBuilder text = new StringBuilder();
        while (text.length() < length)
        {
            text.append(fieldName).append(text.length() % 10);
        }
        return text.substring(0, length);
    }

    private static void fill(final UnsafeBuffer buffer)
    {
        buffer.setMemory(0, buffer.capacity(), SENTINEL);
    }

    private static void assertUntouchedOutside(final UnsafeBuffer buffer, final int at, final int length, final String field)
    {
        for (int i = 0; i < buffer.capacity(); i++)
        {
            if (i < at || i >= at + length)
            {
                assertThat(buffer.getByte(i)).as(field + " must not write byte " + i).isEqualTo(SENTINEL);
            }
        }
    }

    private static Method findMethod(final Class<?> type, final String name, final Class<?> parameter)
    {
        try
        {
            return type.getMethod(name, parameter);
        }
        catch (final NoSuchMethodException e)
        {
            return null;
        }
    }

    private static Object get(final StructFlyweight flyweight, final String accessor) throws Throwable
    {
        try
        {
            return flyweight.getClass().getMethod(accessor).invoke(flyweight);
        }
        catch (final InvocationTargetException e)
        {
            throw e.getCause();
        }
    }

    private static void invoke(
        final StructFlyweight flyweight, final String accessor, final Class<?> parameter, final Object value) throws Throwable
    {
        final Method setter = flyweight.getClass().getMethod(accessor, parameter);
        assertThat(setter.getReturnType()).as(accessor + " is fluent").isEqualTo(flyweight.getClass());
        try
        {
            assertThat(setter.invoke(flyweight, value)).isSameAs(flyweight);
        }
        catch (final InvocationTargetException e)
        {
            throw e.getCause();
        }
    }
}
