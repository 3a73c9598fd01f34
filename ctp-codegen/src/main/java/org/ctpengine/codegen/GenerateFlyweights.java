package org.ctpengine.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.ctpengine.codegen.FlyweightSpec.Field;
import org.ctpengine.codegen.FlyweightSpec.Struct;

/**
 * Generates ctp-adapter's struct flyweights ({@code org.ctpengine.adapter.struct.*Flyweight}) from the flyweight
 * spec and the built-in ABI profiles; run by ctp-adapter's build at generate-sources.
 * <p>
 * Before writing anything it checks the spec against the profiles, so that a flyweight never names a field no
 * profile has: every field must exist, with the spec's C type, in the newest profile; a required field in every
 * profile; an optional one must be missing from at least one (else it is required). Files are rewritten only when
 * their text changes (so an unchanged spec recompiles nothing), and flyweights no longer in the spec are deleted.
 * <p>
 * Usage: {@code GenerateFlyweights SPEC_FILE PROFILES_DIR OUTPUT_SOURCE_ROOT}. A problem is one line on stderr.
 */
public final class GenerateFlyweights
{
    private GenerateFlyweights()
    {
    }

    public static void main(final String[] args) throws IOException
    {
        if (args.length != 3)
        {
            throw new IllegalArgumentException("usage: GenerateFlyweights SPEC_FILE PROFILES_DIR OUTPUT_SOURCE_ROOT");
        }
        final Path spec = Path.of(args[0]);
        try
        {
            final int changed = write(spec, Path.of(args[1]), Path.of(args[2]));
            System.out.println("flyweights: " + changed + " file(s) written from " + spec.getFileName());
        }
        catch (final SpecException e)
        {
            // One line for the build log; exec:java turns the exception into a build failure.
            System.err.println("flyweights: " + e.getMessage());
            throw e;
        }
    }

    /**
     * Checks the spec against the profiles and writes the sources under {@code sourceRoot}.
     *
     * @return how many files were written (changed or new)
     * @throws SpecException when the spec or a profile is wrong, naming what
     */
    public static int write(final Path specFile, final Path profilesDir, final Path sourceRoot) throws IOException
    {
        final Map<String, String> sources = generate(specFile, profilesDir);
        final Path directory = sourceRoot.resolve(FlyweightWriter.PACKAGE.replace('.', '/'));
        Files.createDirectories(directory);
        try (Stream<Path> existing = Files.list(directory))
        {
            for (final Path stale : existing.filter(path -> !sources.containsKey(path.getFileName().toString())).toList())
            {
                Files.delete(stale);
            }
        }
        int changed = 0;
        for (final Map.Entry<String, String> source : sources.entrySet())
        {
            final Path file = directory.resolve(source.getKey());
            final byte[] bytes = source.getValue().getBytes(StandardCharsets.UTF_8);
            if (!Files.exists(file) || !Arrays.equals(Files.readAllBytes(file), bytes))
            {
                Files.write(file, bytes);
                changed++;
            }
        }
        return changed;
    }

    /**
     * The generated sources, by file name ({@code RspInfoFlyweight.java}), in spec order.
     *
     * @throws SpecException when the spec or a profile is wrong, naming what
     */
    public static Map<String, String> generate(final Path specFile, final Path profilesDir)
    {
        final FlyweightSpec spec = FlyweightSpec.read(specFile);
        final ProfileFields profiles = ProfileFields.read(profilesDir);
        check(spec, profiles, specFile.getFileName().toString());
        final FlyweightWriter writer = new FlyweightWriter(profiles, specFile.getFileName().toString());
        final Map<String, String> sources = new LinkedHashMap<>();
        for (final Struct struct : spec.structs())
        {
            sources.put(struct.className() + ".java", writer.write(struct));
        }
        return sources;
    }

    /**
     * The spec against the profiles: see the class comment.
     *
     * @throws SpecException naming the spec, struct, field and profile
     */
    static void check(final FlyweightSpec spec, final ProfileFields profiles, final String specName)
    {
        final Set<String> structs = new HashSet<>();
        for (final Struct struct : spec.structs())
        {
            if (!structs.add(struct.name()))
            {
                throw new SpecException(specName + ": struct " + struct.name() + " has two flyweights");
            }
            for (final String id : profiles.ids())
            {
                if (!profiles.hasStruct(id, struct.name()))
                {
                    throw new SpecException(specName + ": ABI profile " + id + " has no struct " + struct.name());
                }
            }
            for (final Field field : struct.fields())
            {
                check(struct, field, profiles, specName);
            }
        }
    }

    private static void check(final Struct struct, final Field field, final ProfileFields profiles,
        final String specName)
    {
        final String qualified = struct.name() + "." + field.name();
        final List<String> lacking = profiles.lacking(struct.name(), field.name());
        if (lacking.contains(profiles.newest()))
        {
            throw new SpecException(specName + ": " + qualified + " is not in the newest ABI profile, " +
                profiles.newest());
        }
        for (final String id : profiles.ids())
        {
            final ProfileFields.Field found = profiles.field(id, struct.name(), field.name());
            if (found != null && !found.cType().equals(field.cType()))
            {
                throw new SpecException(specName + ": " + qualified + " is " + field.cType() + " in the spec but " +
                    found.cType() + " in ABI profile " + id);
            }
        }
        if (!field.optional() && !lacking.isEmpty())
        {
            throw new SpecException(specName + ": " + qualified + " is required but ABI profile " + lacking.get(0) +
                " lacks it: mark it optional");
        }
        if (field.optional() && lacking.isEmpty())
        {
            throw new SpecException(specName + ": " + qualified + " is optional but every ABI profile has it: " +
                "mark it required");
        }
    }
}
