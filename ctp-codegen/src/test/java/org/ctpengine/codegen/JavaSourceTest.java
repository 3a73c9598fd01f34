package org.ctpengine.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaSourceTest
{
    @Test
    void wrapsAtTheWidthWithoutSplittingAnInlineTag()
    {
        assertThat(JavaSource.wrap("one two {@code three four} five", 14))
            .containsExactly("one two", "{@code three four}", "five");
        assertThat(JavaSource.wrap("aaaa bbbb cccc", 9)).containsExactly("aaaa bbbb", "cccc");
    }

    @Test
    void writesAShortJavadocOnOneLineAndALongOneWrappedTo120Columns()
    {
        final String text = "word ".repeat(40).strip();
        final String source = new JavaSource().javadoc(4, "Short.").javadoc(4, text, "", "@return this").toString();

        assertThat(source).startsWith("    /** Short. */\n    /**\n     * word word");
        assertThat(source).contains("\n     *\n     * @return this\n     */\n");
        assertThat(source.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(120));
    }

    @Test
    void capitalsOfAnAcronymStay()
    {
        assertThat(FlyweightWriter.lowerFirst("Broker code")).isEqualTo("broker code");
        assertThat(FlyweightWriter.lowerFirst("TAS position")).isEqualTo("TAS position");
    }
}
