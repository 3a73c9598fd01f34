package org.ctpengine.abitools.header;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.ctpengine.adapter.abi.AbiProfileException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParameterTypesTest
{
    private static final String TYPEDEFS = """
        typedef int TThostFtdcSystemInfoLenType;
        typedef char TThostFtdcClientSystemInfoType[273];
        typedef TThostFtdcClientSystemInfoType TThostFtdcChainedInfoType;
        typedef double TThostFtdcPriceType;
        """;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "CThostFtdcInputOrderField *pInputOrder          | CThostFtdcInputOrderField*",
        "CThostFtdcInputOrderField* pInputOrder          | CThostFtdcInputOrderField*",
        "CThostFtdcInputOrderField*pInputOrder           | CThostFtdcInputOrderField*",
        "CThostFtdcInputOrderField * pInputOrder         | CThostFtdcInputOrderField*",
        "struct CThostFtdcInputOrderField *p             | CThostFtdcInputOrderField*",
        "CThostFtdcInputOrderField*                      | CThostFtdcInputOrderField*",
        "int nRequestID                                  | int",
        "int                                             | int",
        "bool bIsLast                                    | bool",
        "const bool bIsUsingUdp=false                    | bool",
        "const int nOption                               | int",
        "unsigned int                                    | unsigned int",
        "unsigned int nFlags                             | unsigned int",
        "char *pszFrontAddress                           | char*",
        "const char *pszFlowPath = \"\"                  | const char*",
        "char const *pszFlowPath                         | const char*",
        "char * const pszFixed                           | char*",
        "char *ppInstrumentID[]                          | char**",
        "char **ppInstrumentID                           | char**",
        "THOST_TE_RESUME_TYPE nResumeType                | THOST_TE_RESUME_TYPE",
        "CThostFtdcTraderSpi *pSpi                       | CThostFtdcTraderSpi*",
        "TThostFtdcSystemInfoLenType length              | int",
        "TThostFtdcClientSystemInfoType systemInfo       | char*",
        "const TThostFtdcClientSystemInfoType systemInfo | const char*",
        "TThostFtdcChainedInfoType info                  | char*",
        "TThostFtdcPriceType *pPrice                     | double*",
    })
    void spellsParametersAsTheMangledSignatureSeesThem(final String declaration, final String expected)
    {
        assertThat(ParameterTypes.parameter(tokens(declaration), typedefs(), blame())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "void              | void",
        "const char *      | const char*",
        "CThostFtdcTraderApi * | CThostFtdcTraderApi*",
        "int               | int",
    })
    void spellsReturnTypesWithStarsAttached(final String returnType, final String expected)
    {
        assertThat(ParameterTypes.returnType(tokens(returnType), typedefs(), blame())).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "void (*callback)(int)        | function pointers and parenthesised declarators are not supported",
        "char matrix[2][3]            | multi-dimensional array",
        "TThostFtdcClientSystemInfoType *p | pointer to an array",
    })
    void refusesTypesThatCtpNeverUses(final String declaration, final String reason)
    {
        assertThatThrownBy(() -> ParameterTypes.parameter(tokens(declaration), typedefs(), blame()))
            .isInstanceOf(AbiProfileException.class)
            .hasMessageStartingWith("Api.h:7: ")
            .hasMessageContaining(reason);
    }

    private static List<Token> tokens(final String text)
    {
        final List<Token> tokens = new ArrayList<>();
        Tokenizer.tokenize(text, "Api.h", 7, tokens);
        return tokens;
    }

    private static Token blame()
    {
        return new Token(Token.Kind.IDENTIFIER, "Method", "Api.h", 7);
    }

    private static TypedefTable typedefs()
    {
        final TypedefTable table = new TypedefTable();
        table.addAll(HeaderParser.parse("Types.h", Preprocessor.run("Types.h", TYPEDEFS)).typedefs());
        return table;
    }
}
