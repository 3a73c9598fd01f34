package org.ctpengine.adapter.text;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Third-party CTP libraries create C++ locales by whichever GB name they like, and libstdc++ aborts the process
 * ({@code _S_create_c_locale name not valid}) when the name does not resolve. The build's {@code .locale/}, which the
 * tests and the launcher name in LOCPATH, must resolve them all.
 */
class LocaleNamesTest
{
    /** What libstdc++'s {@code _S_create_c_locale} asks for: every category ({@code 1 << LC_ALL}). */
    private static final int ALL_CATEGORIES = 1 << 6;

    interface LibC extends Library
    {
        Pointer newlocale(int categoryMask, String locale, Pointer base);

        void freelocale(Pointer locale);
    }

    private static final LibC LIBC = Native.load("c", LibC.class);

    @ParameterizedTest
    @ValueSource(strings = { "zh_CN.GB18030", "zh_CN.gb18030", "zh_CN.GBK", "zh_CN.gbk", "zh_CN.GB2312", "zh_CN.gb2312" })
    void everyGbLocaleNameResolvesWithTheBuildsLocpath(final String name)
    {
        assertThat(System.getenv("LOCPATH")).as("LOCPATH set by the build").isNotBlank();

        final Pointer locale = LIBC.newlocale(ALL_CATEGORIES, name, Pointer.NULL);

        assertThat(locale).as(name + " under LOCPATH " + System.getenv("LOCPATH")).isNotNull();
        LIBC.freelocale(locale);
    }

    @ParameterizedTest
    @ValueSource(strings = { "zh_CN.BIG5" })
    void aNameTheBuildDoesNotProvideStillFails(final String name)
    {
        assertThat(LIBC.newlocale(ALL_CATEGORIES, name, Pointer.NULL)).isNull();
    }
}
