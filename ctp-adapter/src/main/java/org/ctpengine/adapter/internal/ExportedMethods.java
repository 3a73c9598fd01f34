package org.ctpengine.adapter.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The C++ member functions a shared library exports, by class, read from its ELF dynamic symbol table ({@code dlsym}
 * can only look a known name up, not list them). For libraries that do not export their implementation's vtable:
 * their exported methods still say which API methods, with which parameter types, the implementation has. Load time
 * only; allocates.
 */
public final class ExportedMethods
{
    private static final int SHT_DYNSYM = 11;
    private static final int STT_FUNC = 2;
    private static final int SYMBOL_SIZE = 24;

    private ExportedMethods()
    {
    }

    /**
     * Every exported, defined member function the library's dynamic symbol table names, grouped by class, in table order.
     * A symbol outside the mangling subset CTP's methods use is skipped.
     *
     * @throws UncheckedIOException when the file cannot be read
     * @throws IllegalArgumentException when it is not a 64-bit little-endian ELF file
     */
    public static Map<String, List<MangledMethod>> read(final Path library)
    {
        final Map<String, List<MangledMethod>> byClass = new LinkedHashMap<>();
        try (FileChannel channel = FileChannel.open(library, StandardOpenOption.READ))
        {
            final MappedByteBuffer elf = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            elf.order(ByteOrder.LITTLE_ENDIAN);
            if (elf.limit() < 64 || elf.getInt(0) != 0x464c457f || elf.get(4) != 2 || elf.get(5) != 1)
            {
                throw new IllegalArgumentException(library + " is not a 64-bit little-endian ELF file");
            }
            final long sectionTable = elf.getLong(0x28);
            final int sectionSize = Short.toUnsignedInt(elf.getShort(0x3A));
            final int sections = Short.toUnsignedInt(elf.getShort(0x3C));
            for (int i = 0; i < sections; i++)
            {
                final int header = (int)(sectionTable + (long)i * sectionSize);
                if (elf.getInt(header + 4) != SHT_DYNSYM)
                {
                    continue;
                }
                final int symbols = (int)elf.getLong(header + 0x18);
                final int count = (int)(elf.getLong(header + 0x20) / SYMBOL_SIZE);
                final int strings = (int)elf.getLong((int)(sectionTable + (long)elf.getInt(header + 0x28) * sectionSize) + 0x18);
                for (int s = 0; s < count; s++)
                {
                    final int symbol = symbols + s * SYMBOL_SIZE;
                    final boolean defined = elf.getShort(symbol + 6) != 0;
                    if (!defined || (elf.get(symbol + 4) & 0xf) != STT_FUNC)
                    {
                        continue;
                    }
                    final String name = cString(elf, strings + elf.getInt(symbol));
                    if (name.startsWith("_ZN"))
                    {
                        add(byClass, name);
                    }
                }
            }
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException("cannot read " + library, e);
        }
        catch (final IndexOutOfBoundsException e)
        {
            throw new IllegalArgumentException(library + " has a truncated or malformed ELF symbol table", e);
        }
        return byClass;
    }

    private static void add(final Map<String, List<MangledMethod>> byClass, final String symbol)
    {
        try
        {
            final MangledMethod method = MangledMethod.parse(symbol);
            byClass.computeIfAbsent(method.className(), name -> new ArrayList<>()).add(method);
        }
        catch (final IllegalArgumentException | IndexOutOfBoundsException e)
        {
            // Not a member function of the kind CTP's API has (a constructor, a template, std:: code): not ours to check.
        }
    }

    private static String cString(final MappedByteBuffer elf, final int start)
    {
        int end = start;
        while (elf.get(end) != 0)
        {
            end++;
        }
        final byte[] bytes = new byte[end - start];
        elf.get(start, bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
