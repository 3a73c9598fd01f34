package org.ctpengine.adapter.struct;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.abi.CType;
import org.ctpengine.adapter.abi.StructLayout;
import org.ctpengine.codegen.FlyweightSpec;
import org.ctpengine.codegen.GenerateFlyweights;
import org.ctpengine.codegen.ProfileFields;
import org.junit.jupiter.api.Test;

/**
 * The flyweights are generated from {@code src/main/flyweights/flyweights.tsv} at build time. What compiled must be
 * what the spec generates now (no stale or hand-edited generated file), and the spec must agree with the built-in
 * profiles as ctp-adapter itself reads them (the generator reads them with its own reader).
 */
class GeneratedFlyweightsTest
{
    private static final Path SPEC = Path.of(System.getProperty("ctp.flyweights.spec"));
    private static final Path PROFILES = Path.of(System.getProperty("ctp.profiles.src"));
    private static final Path GENERATED = Path.of(System.getProperty("ctp.flyweights.generated"),
        "org", "ctpengine", "adapter", "struct");
    private static final String NEWEST = AbiProfiles.BUILT_IN.get(0);

    @Test
    void whatCompiledIsWhatTheSpecGenerates() throws IOException
    {
        final Map<String, String> expected = GenerateFlyweights.generate(SPEC, PROFILES);
        final Set<String> compiled = new TreeSet<>();
        try (Stream<Path> files = Files.list(GENERATED))
        {
            files.forEach(file -> compiled.add(file.getFileName().toString()));
        }
        assertThat(compiled).isEqualTo(new TreeSet<>(expected.keySet()));
        for (final Map.Entry<String, String> source : expected.entrySet())
        {
            assertThat(Files.readString(GENERATED.resolve(source.getKey()), StandardCharsets.UTF_8))
                .as(source.getKey()).isEqualTo(source.getValue());
        }
    }

    @Test
    void everyGeneratedFlyweightIsAClassOfTheStructPackageAndEveryFlyweightIsGenerated()
    {
        final List<String> specified = new ArrayList<>();
        FlyweightSpec.read(SPEC).structs().forEach(struct -> specified.add(struct.className()));
        final List<String> found = new ArrayList<>();
        Flyweights.classes().forEach(type -> found.add(type.getSimpleName()));
        assertThat(found).containsExactlyInAnyOrderElementsOf(specified).hasSize(23);
    }

    @Test
    void generatorOrdersTheProfilesAsTheAdapterDoes()
    {
        assertThat(ProfileFields.read(PROFILES).ids()).isEqualTo(AbiProfiles.BUILT_IN);
    }

    @Test
    void everySpecFieldIsInTheNewestProfileAndEveryRequiredOneInEveryProfile()
    {
        for (final FlyweightSpec.Struct struct : FlyweightSpec.read(SPEC).structs())
        {
            for (final FlyweightSpec.Field field : struct.fields())
            {
                final String qualified = struct.name() + "." + field.name();
                final CType type = CType.fromCName(field.cType());
                final StructLayout newest = AbiProfiles.byId(NEWEST).struct(struct.name());
                assertThat(newest.hasField(field.name())).as(qualified + " in " + NEWEST).isTrue();
                assertThat(newest.field(field.name()).type()).as(qualified + " in " + NEWEST).isEqualTo(type);
                for (final String profileId : AbiProfiles.BUILT_IN)
                {
                    final StructLayout layout = AbiProfiles.byId(profileId).struct(struct.name());
                    if (!field.optional())
                    {
                        assertThat(layout.hasField(field.name())).as(qualified + " in " + profileId).isTrue();
                    }
                    if (layout.hasField(field.name()))
                    {
                        assertThat(layout.field(field.name()).type()).as(qualified + " in " + profileId)
                            .isEqualTo(type);
                    }
                }
            }
        }
    }

    @Test
    void optionalFieldsAreExactlyThoseSomeProfileLacks()
    {
        final Set<String> optional = new TreeSet<>();
        final Set<String> lackedSomewhere = new TreeSet<>();
        for (final FlyweightSpec.Struct struct : FlyweightSpec.read(SPEC).structs())
        {
            for (final FlyweightSpec.Field field : struct.fields())
            {
                final String qualified = struct.name() + "." + field.name();
                if (field.optional())
                {
                    optional.add(qualified);
                }
                for (final String profileId : AbiProfiles.BUILT_IN)
                {
                    if (!AbiProfiles.byId(profileId).struct(struct.name()).hasField(field.name()))
                    {
                        lackedSomewhere.add(qualified);
                    }
                }
            }
        }
        assertThat(optional).isEqualTo(lackedSomewhere).hasSize(19);
    }
}
