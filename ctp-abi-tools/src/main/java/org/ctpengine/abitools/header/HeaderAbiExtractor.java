package org.ctpengine.abitools.header;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfileException;
import org.ctpengine.adapter.abi.ApiTable;
import org.ctpengine.adapter.abi.ApiVersion;
import org.ctpengine.adapter.abi.StructLayout;
import org.ctpengine.adapter.abi.VtableSlot;

/**
 * Builds an {@link AbiProfile} from a directory of CTP SDK headers ({@link SdkHeaders#ALL}), so that users of
 * a CTP version or vendor SDK the engine does not ship (6.3.x, 6.5.x, openctp TTS, ...) can make a profile
 * themselves. The result follows the conventions of the profiles extracted from the binary libraries:
 * parameter types as the mangled signatures see them, codes as written, struct layouts by the C rules for
 * x86-64, slots in declaration order. Headers may be GB18030 (SFIT's) or UTF-8; see {@link HeaderText}.
 */
public final class HeaderAbiExtractor
{
    /** {@code apiVersion} of a profile whose library version nobody stated. */
    public static final String UNKNOWN_API_VERSION = "unknown";

    private HeaderAbiExtractor()
    {
    }

    /**
     * Reads the four headers in {@code dir}.
     *
     * @param id             the profile id, e.g. {@code 6.3.19_P1}
     * @param apiVersion     the library's {@code GetApiVersion()} string, or null for {@value #UNKNOWN_API_VERSION}
     * @param versionPattern regex that library versions must match to pick this profile, or null for every spelling of the version
     *                       {@code apiVersion} (else the id) names
     * @throws AbiProfileException naming the file, line and what was unexpected, or the missing header file
     */
    public static AbiProfile extract(final Path dir, final String id, final String apiVersion, final String versionPattern)
    {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(id, "id");
        if (!Files.isDirectory(dir))
        {
            throw new AbiProfileException("CTP header directory not found: " + dir);
        }
        // A market-data-only SDK (no trader header) makes a profile whose trader tables are empty.
        final boolean marketDataOnly = !Files.exists(dir.resolve(SdkHeaders.TRADER_API)) &&
            Files.isRegularFile(dir.resolve(SdkHeaders.MD_API));
        final Map<String, ParsedHeader> headers = new LinkedHashMap<>();
        for (final String name : SdkHeaders.ALL)
        {
            final Path file = dir.resolve(name);
            if (marketDataOnly && name.equals(SdkHeaders.TRADER_API))
            {
                continue;
            }
            if (!Files.isRegularFile(file))
            {
                throw new AbiProfileException("missing header file " + file + ": a CTP SDK header directory holds " +
                    String.join(", ", SdkHeaders.ALL) + " (" + SdkHeaders.TRADER_API + " may be absent from a " +
                    "market-data-only SDK)");
            }
            final String fileName = file.toString();
            headers.put(name, HeaderParser.parse(fileName, Preprocessor.run(fileName, HeaderText.read(file))));
        }

        final TypedefTable typedefs = new TypedefTable();
        for (final ParsedHeader header : headers.values())
        {
            typedefs.addAll(header.typedefs());
        }

        final ParsedHeader structHeader = headers.get(SdkHeaders.STRUCT);
        final String typedefFiles = headers.get(SdkHeaders.DATA_TYPE).file() + " or " + structHeader.file();
        final Map<String, StructLayout> structs = new LinkedHashMap<>();
        for (final ParsedHeader.Aggregate struct : structHeader.aggregates())
        {
            if (structs.put(struct.name().text(), StructReader.read(struct, typedefs, typedefFiles)) != null)
            {
                throw struct.name().error("struct " + struct.name().text() + " is declared twice");
            }
        }

        final Map<ApiTable, List<VtableSlot>> tables = new EnumMap<>(ApiTable.class);
        for (final ApiTable table : ApiTable.values())
        {
            final ParsedHeader header = headers.get(SdkHeaders.headerOf(table));
            if (header == null)
            {
                tables.put(table, List.of());
                continue;
            }
            final ParsedHeader.Aggregate type = header.aggregate(table.className());
            if (type == null)
            {
                throw new AbiProfileException(header.file() + ": no class " + table.className() + " declared");
            }
            tables.put(table, VirtualMethodReader.read(type, typedefs));
        }

        try
        {
            return new AbiProfile(
                id,
                apiVersion == null ? UNKNOWN_API_VERSION : apiVersion,
                versionPattern == null ? defaultPattern(id, apiVersion) : versionPattern,
                "headers:" + dir,
                tables,
                new ArrayList<>(structs.values()),
                ConstantCollector.collect(new ArrayList<>(headers.values())));
        }
        catch (final IllegalArgumentException e)
        {
            throw new AbiProfileException("headers in " + dir + " do not make a valid ABI profile: " + e.getMessage(), e);
        }
    }

    /**
     * Every spelling of the version the library reports ({@code V6_6_9} → 6.6.9), else that report literally (a
     * vendor's string that names no version), else every spelling of the version the id names, else the id literally:
     * whatever the user said the library reports, the pattern finds it.
     */
    static String defaultPattern(final String id, final String apiVersion)
    {
        if (apiVersion != null)
        {
            return ApiVersion.normalise(apiVersion) == null ? quote(apiVersion) : ApiVersion.patternFor(apiVersion);
        }
        return ApiVersion.normalise(id) == null ? quote(id) : ApiVersion.patternFor(id);
    }

    /** A regex matching the text literally, readable in {@code profile.tsv}: {@code 6.3.19} → {@code 6\.3\.19}. */
    static String quote(final String text)
    {
        final StringBuilder quoted = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++)
        {
            final char c = text.charAt(i);
            if ("\\.[]{}()<>*+-=!?^$|".indexOf(c) >= 0)
            {
                quoted.append('\\');
            }
            quoted.append(c);
        }
        return quoted.toString();
    }
}
