package org.ctpengine.adapter.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.abi.CtpConstant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The code classes restate SFIT's macros; this pins them to every built-in profile. Code classes and their
 * constants are found by reflection, so a new class or constant is covered without touching this test.
 */
class CtpCodesTest
{
    static Stream<String> profileIds()
    {
        return AbiProfiles.BUILT_IN.stream();
    }

    @ParameterizedTest
    @MethodSource("profileIds")
    void everyConstantEqualsTheMacroOfTheProfile(final String profileId) throws Exception
    {
        final AbiProfile profile = AbiProfiles.byId(profileId);
        int checked = 0;
        for (final Class<?> codeClass : codeClasses())
        {
            for (final Field field : constants(codeClass))
            {
                final CtpCode code = field.getAnnotation(CtpCode.class);
                final String where = codeClass.getSimpleName() + "." + field.getName() + " (" + code.value() + ")";
                if (Arrays.asList(code.absentIn()).contains(profileId))
                {
                    assertThat(profile.constants()).as(where + " is declared absent in " + profileId)
                        .doesNotContainKey(code.value());
                }
                else
                {
                    assertThat(profile.constants()).as(where + " in profile " + profileId).containsKey(code.value());
                    assertThat(field.getByte(null)).as(where + " in profile " + profileId)
                        .isEqualTo(profile.constant(code.value()).byteValue());
                    checked++;
                }
            }
        }
        assertThat(checked).as("constants checked").isGreaterThanOrEqualTo(100);
    }

    @ParameterizedTest
    @MethodSource("profileIds")
    void everyMacroOfACoveredGroupHasAConstant(final String profileId) throws Exception
    {
        final AbiProfile profile = AbiProfiles.byId(profileId);
        for (final Class<?> codeClass : codeClasses())
        {
            final Set<String> covered = new TreeSet<>();
            final Set<String> groups = new TreeSet<>();
            for (final Field field : constants(codeClass))
            {
                final String macro = field.getAnnotation(CtpCode.class).value();
                covered.add(macro);
                groups.add(CtpConstant.groupOf(macro));
            }
            assertThat(groups).as(codeClass.getSimpleName() + " restates one macro group").hasSize(1);
            final String group = groups.iterator().next();
            final List<String> inProfile = new ArrayList<>();
            for (final CtpConstant constant : profile.constants().values())
            {
                if (constant.group().equals(group))
                {
                    inProfile.add(constant.name());
                }
            }
            assertThat(covered).as(codeClass.getSimpleName() + " covers group " + group + " of " + profileId)
                .containsAll(inProfile);
        }
    }

    @Test
    void everyPublicConstantIsAnAnnotatedByte() throws Exception
    {
        for (final Class<?> codeClass : codeClasses())
        {
            for (final Field field : codeClass.getDeclaredFields())
            {
                final int modifiers = field.getModifiers();
                if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers))
                {
                    assertThat(field.getType()).as(codeClass.getSimpleName() + "." + field.getName()).isEqualTo(byte.class);
                    assertThat(field.getAnnotation(CtpCode.class))
                        .as(codeClass.getSimpleName() + "." + field.getName() + " needs @CtpCode naming its macro")
                        .isNotNull();
                }
            }
        }
    }

    @Test
    void describeNamesEveryConstantByItsMacroSuffix() throws Exception
    {
        for (final Class<?> codeClass : codeClasses())
        {
            final Method describe = codeClass.getMethod("describe", byte.class);
            for (final Field field : constants(codeClass))
            {
                final String macro = field.getAnnotation(CtpCode.class).value();
                assertThat(describe.invoke(null, field.getByte(null))).as(macro).isEqualTo(CodeNames.suffix(macro));
            }
        }
    }

    @Test
    void describeSaysUnknownForUndefinedValues()
    {
        assertThat(Direction.describe((byte)'9')).isEqualTo(CodeNames.UNKNOWN);
        assertThat(OrderStatus.describe((byte)0)).isEqualTo(CodeNames.UNKNOWN);
        assertThat(OrderStatus.describe((byte)-1)).isEqualTo(CodeNames.UNKNOWN);
        assertThat(OrderStatus.describe(OrderStatus.PART_TRADED_QUEUEING)).isEqualTo("PartTradedQueueing");
    }

    @Test
    void findsTheCodeClasses() throws Exception
    {
        assertThat(codeClasses()).contains(Direction.class, OffsetFlag.class, OrderStatus.class)
            .hasSizeGreaterThanOrEqualTo(15);
    }

    private static List<Field> constants(final Class<?> codeClass)
    {
        final List<Field> result = new ArrayList<>();
        for (final Field field : codeClass.getDeclaredFields())
        {
            if (field.isAnnotationPresent(CtpCode.class))
            {
                result.add(field);
            }
        }
        return result;
    }

    /** Every class of the codes package that has at least one {@link CtpCode} constant. */
    private static List<Class<?>> codeClasses() throws URISyntaxException, ClassNotFoundException
    {
        final String packageName = CtpCode.class.getPackageName();
        // The main classes' directory, not the first "org/ctpengine/adapter/codes" on the class path (the tests').
        final URL root = CtpCode.class.getProtectionDomain().getCodeSource().getLocation();
        final File directory = new File(new File(root.toURI()), packageName.replace('.', File.separatorChar));
        final File[] files = directory.listFiles((dir, name) -> name.endsWith(".class") && !name.contains("$"));
        assertThat(files).as("classes in " + directory).isNotNull();
        final List<Class<?>> result = new ArrayList<>();
        for (final File file : files)
        {
            final String simpleName = file.getName().substring(0, file.getName().length() - ".class".length());
            final Class<?> type = Class.forName(packageName + "." + simpleName);
            if (!constants(type).isEmpty())
            {
                result.add(type);
            }
        }
        return result;
    }
}
