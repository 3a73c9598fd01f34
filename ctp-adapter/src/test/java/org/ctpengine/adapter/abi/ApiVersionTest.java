package org.ctpengine.adapter.abi;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One rule reads every spelling of a CTP version that real libraries report. */
class ApiVersionTest
{
    @ParameterizedTest(name = "{0} is CTP {1}")
    @CsvSource(delimiter = '|', value = {
        "v6.7.8_20240918 14:34:34.8082|6.7.8",
        "v6.6.1_P1_20210406  9:27:14|6.6.1_P1",
        "V6_6_1_P1|6.6.1_P1",
        "V6_6_7|6.6.7",
        "V6_6_9|6.6.9",
        "6.3.15|6.3.15",
        "6.3.19_P1|6.3.19_P1",
        "v6.3.19_P1_20200106 15:21:24|6.3.19_P1",
        "6.5.1|6.5.1",
        "v6.7.11_20250617 10:00:00|6.7.11",
        "6.6.1p1|6.6.1_P1",
    })
    void readsTheVersionOfEveryStyle(final String text, final String version)
    {
        assertThat(ApiVersion.normalise(text)).isEqualTo(version);
    }

    @ParameterizedTest(name = "{0} names no version")
    @CsvSource(delimiter = '|', value = { "unknown", "20240918 14:34:34", "ctp-sim 0.1", "6.7", "16.3", "vendor-6.7.8 build 42" })
    void textWithoutThreeNumbersNamesNoVersion(final String text)
    {
        assertThat(ApiVersion.normalise(text)).isNull();
    }

    @ParameterizedTest(name = "pattern of {0} finds {1}")
    @CsvSource(delimiter = '|', value = {
        "6.7.8|v6.7.8_20240918 14:34:34.8082",
        "6.6.1_P1|v6.6.1_P1_20210406  9:27:14",
        "6.6.1_P1|V6_6_1_P1",
        "6.6.7|V6_6_7",
        "6.6.9|V6_6_9",
        "V6_6_9|V6_6_9",
        "6.3.15|6.3.15",
        "6.3.15|v6.3.15_20190220 13:59:33",
        "6.3.19_P1|6.3.19_P1",
        "6.5.1|6.5.1",
    })
    void patternFindsEverySpellingOfItsVersion(final String version, final String libraryVersion)
    {
        assertThat(Pattern.compile(ApiVersion.patternFor(version)).matcher(libraryVersion).find()).isTrue();
    }

    @ParameterizedTest(name = "pattern of {0} does not find {1}")
    @CsvSource(delimiter = '|', value = {
        "6.6.1|V6_6_1_P1",
        "6.6.1|v6.6.1_P1_20210406  9:27:14",
        "6.6.1_P1|V6_6_1_P2",
        "6.6.1_P1|V6_6_1",
        "6.3.1|6.3.15",
        "6.3.15|16.3.15",
        "6.3.15|6.3.151",
        "6.6.9|6.6.91",
        "6.7.8|vendor-6.7.8 build 42",
    })
    void patternFindsNoOtherVersion(final String version, final String libraryVersion)
    {
        assertThat(Pattern.compile(ApiVersion.patternFor(version)).matcher(libraryVersion).find()).isFalse();
    }

    @Test
    void aPatternForTextWithoutAVersionIsRefusedNamingTheText()
    {
        assertThatThrownBy(() -> ApiVersion.patternFor("vendor-x"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("'vendor-x' names no CTP version (such as 6.3.15 or 6.6.1_P1)");
    }
}
