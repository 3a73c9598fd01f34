package org.ctpengine.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class FlyweightSpecTest
{
    private static final String STRUCT = "struct\tCThostFtdcXField\tXFlyweight\tA struct.";

    @Test
    void readsStructsFieldsLevelsAndLegs()
    {
        final FlyweightSpec spec = FlyweightSpec.parse("spec", List.of(
            "# comment",
            STRUCT,
            "field\tName\tname\tchar[]\trequired\tgb18030\tA name.",
            "field\tFlags\tflags\tchar[]\toptional\tascii\tFlags.",
            "field\tP1\tp1\tdouble\trequired\t-\tP.", "field\tP2\tp2\tdouble\trequired\t-\tP.",
            "field\tP3\tp3\tdouble\trequired\t-\tP.", "field\tP4\tp4\tdouble\trequired\t-\tP.",
            "field\tP5\tp5\tdouble\trequired\t-\tP.",
            "levels\tP\tp\tdouble\tP at a level.\tWrites P.",
            "legs\tFlags\tflags\tOffsetFlag",
            "",
            "struct\tCThostFtdcYField\tYFlyweight\tAnother.",
            "field\tCode\tcode\tchar\trequired\t-\tA code ({@link Direction})."));

        assertThat(spec.structs()).hasSize(2);
        final FlyweightSpec.Struct x = spec.structs().get(0);
        assertThat(x.className()).isEqualTo("XFlyweight");
        assertThat(x.fields()).hasSize(7);
        assertThat(x.fields().get(0).text()).isEqualTo(FlyweightSpec.Text.GB18030);
        assertThat(x.fields().get(1).optional()).isTrue();
        assertThat(x.levels()).containsExactly(new FlyweightSpec.Levels("P", "p", "double", "P at a level.", "Writes P."));
        assertThat(x.legs()).containsExactly(new FlyweightSpec.Legs("Flags", "flags", "OffsetFlag"));
        assertThat(spec.structs().get(1).fields().get(0).cType()).isEqualTo("char");
    }

    @Test
    void refusesWhatItCannotGenerateNamingTheLine()
    {
        refuses("spec:2: unknown row kind 'feld'", STRUCT, "feld\tA\ta\tint\trequired\t-\tA.");
        refuses("spec:2: a field row has 7 tab-separated cells, this one 6", STRUCT, "field\tA\ta\tint\trequired\tA.");
        refuses("spec:2: C type 'long'", STRUCT, "field\tA\ta\tlong\trequired\t-\tA.");
        refuses("spec:2: a char[] field needs text kind ascii or gb18030", STRUCT, "field\tA\ta\tchar[]\trequired\t-\tA.");
        refuses("spec:2: a char[] field needs text kind", STRUCT, "field\tA\ta\tint\trequired\tascii\tA.");
        refuses("spec:2: 'maybe' is neither required nor optional", STRUCT, "field\tA\ta\tint\tmaybe\t-\tA.");
        refuses("spec:2: 'A' is not a valid accessor", STRUCT, "field\tA\tA\tint\trequired\t-\tA.");
        refuses("spec:3: CThostFtdcXField.A (accessor b) is specified twice", STRUCT,
            "field\tA\ta\tint\trequired\t-\tA.", "field\tA\tb\tint\trequired\t-\tA.");
        refuses("spec:1: 'field' row before the first struct row", "field\tA\ta\tint\trequired\t-\tA.");
        refuses("spec:2: struct CThostFtdcXField has no field rows", STRUCT, "struct\tCThostFtdcYField\tY\tY.");
        refuses("levels P of CThostFtdcXField needs a required double field row P1", STRUCT,
            "field\tA\ta\tint\trequired\t-\tA.", "levels\tP\tp\tdouble\tP.\tWrites P.");
        refuses("legs Flags of CThostFtdcXField needs a char[] field row", STRUCT,
            "field\tFlags\tflags\tint\trequired\t-\tA.", "legs\tFlags\tflags\tOffsetFlag");
        refuses("spec:2: a description must be non-empty and must not contain */", STRUCT,
            "field\tA\ta\tint\trequired\t-\tA */ B.");
        refuses("spec:3: class XFlyweight is specified twice", STRUCT, "field\tA\ta\tint\trequired\t-\tA.", STRUCT);
        refuses("spec: no struct rows", "# nothing");
    }

    private static void refuses(final String message, final String... lines)
    {
        assertThatThrownBy(() -> FlyweightSpec.parse("spec", List.of(lines)))
            .isInstanceOf(SpecException.class)
            .hasMessageContaining(message);
    }
}
