package org.ctpengine.abitools.header;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.ctpengine.adapter.abi.AbiProfileException;
import org.junit.jupiter.api.Test;

class PreprocessorTest
{
    @Test
    void keepsTheBranchesGxxOnLinuxCompiles()
    {
        final String header = """
            #if defined(ISLIB) && defined(WIN32)
            windows_export
            #elif defined(__linux__) && __GNUC__ >= 4
            linux_gcc
            #else
            other
            #endif
            #ifdef _WIN32
            win32
            #else
            not_win32
            #endif
            #if 0
            disabled
            #if 1
            nested_in_disabled
            #endif
            #endif
            #if _MSC_VER > 1000
            msvc
            #endif // _MSC_VER > 1000
            """;

        assertThat(identifiers(header)).containsExactly("linux_gcc", "not_win32");
    }

    @Test
    void evaluatesMacrosDefinedEarlierInTheHeader()
    {
        final String header = """
            #define API_LEVEL 0x10
            #define NEWER (API_LEVEL >= 16)
            #if NEWER && !defined(NOT_DEFINED)
            newer
            #endif
            #undef API_LEVEL
            #if API_LEVEL
            still_defined
            #endif
            """;

        assertThat(identifiers(header)).containsExactly("newer");
    }

    @Test
    void removesCommentsButKeepsLineNumbers()
    {
        final String header = """
            ///买卖方向 // 注释
            /* 块注释 virtual void Hidden();
               第二行 */ first
            second // 'unbalanced apostrophe in a comment
            "a // string" third
            """;

        final List<Token> tokens = Preprocessor.run("T.h", header).tokens();

        assertThat(tokens).extracting(Token::text)
            .containsExactly("first", "second", "\"a // string\"", "third", "<end of file>");
        assertThat(tokens).extracting(Token::line).containsExactly(3, 4, 5, 5, 5);
    }

    @Test
    void joinsContinuedLinesAndRecordsDefinesWithTheirValues()
    {
        final String header = """
            #define THOST_FTDC_D_Buy '0'
            #define LONG_ONE 1 + \\
                2
            #define FUNCTION_LIKE(x) (x)
            #ifdef NEVER
            #define THOST_FTDC_HIDDEN 'h'
            #endif
            """;

        final Preprocessor.Result result = Preprocessor.run("T.h", header);

        assertThat(result.defines()).containsOnlyKeys("THOST_FTDC_D_Buy", "LONG_ONE", "FUNCTION_LIKE");
        assertThat(result.defines().get("THOST_FTDC_D_Buy").value()).isEqualTo("'0'");
        assertThat(result.defines().get("LONG_ONE").value()).isEqualTo("1 +      2");
        assertThat(result.defines().get("FUNCTION_LIKE").value()).isNull();
    }

    @Test
    void unclosedIfIsNamedWithFileAndLine()
    {
        assertThatThrownBy(() -> Preprocessor.run("T.h", "a\n#ifdef X\nb\n"))
            .isInstanceOf(AbiProfileException.class)
            .hasMessage("T.h:2: #ifdef is never closed by #endif");
    }

    @Test
    void strayEndifIsNamedWithFileAndLine()
    {
        assertThatThrownBy(() -> Preprocessor.run("T.h", "a\n\n#endif\n"))
            .isInstanceOf(AbiProfileException.class)
            .hasMessage("T.h:3: #endif without #if");
    }

    @Test
    void activeErrorDirectiveStopsExtraction()
    {
        assertThatThrownBy(() -> Preprocessor.run("T.h", "#ifndef _WIN32\n#error this SDK is for Windows\n#endif\n"))
            .isInstanceOf(AbiProfileException.class)
            .hasMessage("T.h:2: the header stops compilation here: #error this SDK is for Windows");
    }

    private static List<String> identifiers(final String header)
    {
        return Preprocessor.run("T.h", header).tokens().stream()
            .filter(Token::isIdentifier)
            .map(Token::text)
            .toList();
    }
}
