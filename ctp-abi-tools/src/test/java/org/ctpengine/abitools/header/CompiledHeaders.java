package org.ctpengine.abitools.header;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.ApiTable;
import org.ctpengine.adapter.abi.CtpConstant;
import org.ctpengine.adapter.abi.VtableSlot;

/** Lets g++ say what a header directory declares, and compares that with a profile. */
final class CompiledHeaders
{
    private CompiledHeaders()
    {
    }

    /** Compiles and runs the {@link LayoutDumpProgram} of {@code profile} against the headers in {@code includeDir}. */
    static LayoutDumpProgram.Dump dump(
        final AbiProfile profile, final Path includeDir, final Path workDir, final List<String> flags)
    {
        final Path source = workDir.resolve("layout-dump.cpp");
        try
        {
            Files.writeString(source, LayoutDumpProgram.render(profile));
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
        final Path executable = workDir.resolve("layout-dump");
        final Gxx.Outcome compiled = Gxx.compile(source, includeDir, executable, flags);
        assertThat(compiled.succeeded()).as("g++ failed on the headers in %s for profile %s: %s",
            includeDir, profile.id(), compiled.describe()).isTrue();
        final Gxx.Outcome ran = Gxx.run(List.of(executable.toString()), workDir);
        assertThat(ran.succeeded()).as(ran.describe()).isTrue();
        return LayoutDumpProgram.parse(ran.stdout());
    }

    /** Asserts that what g++ made of the headers is exactly the profile: layouts, codes, vtable slots. */
    static void assertEqualsProfile(final LayoutDumpProgram.Dump dump, final AbiProfile profile)
    {
        assertThat(dump.structs()).containsExactlyElementsOf(profile.structs().values());
        for (final CtpConstant constant : profile.constants().values())
        {
            assertThat(dump.constants()).as(constant.name()).containsEntry(constant.name(), constant.intValue());
        }
        for (final ApiTable table : ApiTable.values())
        {
            final List<VtableSlot> expected = profile.slots(table);
            final List<LayoutDumpProgram.DumpedSlot> compiled = dump.slots().get(table);
            assertThat(compiled).as(table.className()).hasSameSizeAs(expected);
            for (final LayoutDumpProgram.DumpedSlot slot : compiled)
            {
                final String method = table.className() + "::" + slot.name();
                assertThat(slot.isVirtual()).as(method + " is virtual").isTrue();
                assertThat(slot.adj()).as(method + " this-adjustment").isZero();
                assertThat(slot.slotIndex()).as(method + " vtable slot").isEqualTo(profile.slot(table, slot.name()).index());
            }
        }
        assertThat(dump.spiCallsMade()).containsEntry(ApiTable.TRADER_SPI, profile.slots(ApiTable.TRADER_SPI).size())
            .containsEntry(ApiTable.MD_SPI, profile.slots(ApiTable.MD_SPI).size());
    }
}
