package org.ctpengine.adapter;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.abi.ApiTable;
import org.ctpengine.adapter.abi.VtableSlot;
import org.ctpengine.adapter.internal.NativeShim;
import org.ctpengine.adapter.internal.SpiDispatcher;
import org.ctpengine.adapter.internal.SpiDriver;
import org.ctpengine.adapter.internal.SpiObject;
import org.ctpengine.adapter.testing.JctpJars;
import org.ctpengine.adapter.testing.RealCtpLibraries;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SPI object of a real API instance, called slot by slot from a native thread (the shim's driver) exactly as
 * the library would: every slot of the profile reaches the sink with its arguments intact.
 */
class SpiTrampolineTest
{
    private static final int RSP_ERROR_ID = 42;

    @TempDir
    Path flowRoot;

    static Stream<Arguments> versionsAndKinds()
    {
        final List<Arguments> all = new ArrayList<>();
        for (final String version : List.of(JctpJars.V661, JctpJars.V678))
        {
            for (final CtpApiKind kind : CtpApiKind.values())
            {
                all.add(Arguments.of(version, kind));
            }
        }
        return all.stream();
    }

    @ParameterizedTest
    @ValueSource(strings = { JctpJars.V661, JctpJars.V678 })
    void classifiesEverySlotOfBothSpiTablesIntoAKnownShape(final String version)
    {
        final AbiProfile profile = AbiProfiles.byId(version);
        for (final CtpApiKind kind : CtpApiKind.values())
        {
            for (final var slot : profile.slots(kind.spiTable()))
            {
                assertThat(SpiSlot.of(slot, profile).shape()).as(slot.signature()).isNotEqualTo(SpiShape.RAW);
            }
        }
        assertThat(profile.slots(CtpApiKind.TRADER.spiTable())).hasSize(JctpJars.V661.equals(version) ? 129 : 156);
        assertThat(profile.slots(CtpApiKind.MD.spiTable())).hasSize(13);
    }

    @ParameterizedTest
    @MethodSource("versionsAndKinds")
    void everySlotDeliversItsArgumentsToTheSinkOnTheNativeThread(final String version, final CtpApiKind kind)
        throws Exception
    {
        final CtpLibrary library = load(version, kind);
        final List<String> delivered = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        final Thread testThread = Thread.currentThread();
        final UnsafeBuffer copy = new UnsafeBuffer(new byte[4096]);
        final UnsafeBuffer rspCopy = new UnsafeBuffer(new byte[512]);
        final Memory data = patterned(4096);
        final Memory rsp = new Memory(512);
        rsp.clear();
        rsp.setInt(0, RSP_ERROR_ID);

        final SpiSink sink = callback ->
        {
            delivered.add(callback.methodName());
            final SpiShape shape = callback.shape();
            final String name = callback.methodName();
            if (Thread.currentThread() == testThread || !Thread.currentThread().getName().equals("ctp-" +
                kind.shortName() + "-spi"))
            {
                problems.add(name + " on thread " + Thread.currentThread().getName());
            }
            if (shape.hasStruct())
            {
                final int copied = callback.copyStruct(copy, 0);
                if (copied != callback.structSize() || copied <= 0 || callback.structAddress() != Pointer.nativeValue(data))
                {
                    problems.add(name + " struct copy " + copied + " of " + callback.structSize());
                }
                for (int i = 0; i < copied; i++)
                {
                    if (copy.getByte(i) != data.getByte(i))
                    {
                        problems.add(name + " struct byte " + i);
                        break;
                    }
                }
            }
            else if (callback.copyStruct(copy, 0) != 0 || callback.hasStruct())
            {
                problems.add(name + " has a struct");
            }
            if (shape.hasRspInfo())
            {
                if (callback.rspInfoErrorId() != RSP_ERROR_ID || callback.copyRspInfo(rspCopy, 0) != callback.rspInfoSize() ||
                    rspCopy.getInt(0, ByteOrder.LITTLE_ENDIAN) != RSP_ERROR_ID)
                {
                    problems.add(name + " rsp info");
                }
            }
            else if (callback.hasRspInfo() || callback.rspInfoErrorId() != 0)
            {
                problems.add(name + " has rsp info");
            }
            if (shape.hasRequest() && (callback.requestId() != 0 || !callback.isLast()))
            {
                problems.add(name + " request " + callback.requestId() + " last " + callback.isLast());
            }
            if (shape == SpiShape.INT && callback.intArgument() != 0x1001)
            {
                problems.add(name + " int " + callback.intArgument());
            }
            if (callback.receiveNanos() == 0 || !callback.apiName().equals("spi") || callback.apiKind() != kind)
            {
                problems.add(name + " header");
            }
        };

        try (CtpApi api = create(library, kind, sink))
        {
            final List<String> expected = new ArrayList<>();
            for (final var vtableSlot : library.profile().slots(kind.spiTable()))
            {
                final SpiSlot slot = SpiSlot.of(vtableSlot, library.profile());
                expected.add(slot.name());
                SpiDriver.drive(api.spiAddress(), slot, Pointer.nativeValue(data), Pointer.nativeValue(rsp), 0x1001, 1);
            }

            assertThat(problems).isEmpty();
            assertThat(delivered).containsExactlyElementsOf(expected);
            assertThat(api.spiErrorCount()).isZero();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { JctpJars.V661, JctpJars.V678 })
    void absentStructAndRspInfoArriveAsZeroLength(final String version)
    {
        final CtpLibrary library = load(version, CtpApiKind.TRADER);
        final int[] copied = { -1, -1, -1 };
        final boolean[] present = { true, true };
        final UnsafeBuffer copy = new UnsafeBuffer(new byte[4096]);
        try (CtpApi api = create(library, CtpApiKind.TRADER, callback ->
        {
            copied[0] = callback.copyStruct(copy, 0);
            copied[1] = callback.copyRspInfo(copy, 0);
            copied[2] = callback.structBuffer().capacity();
            present[0] = callback.hasStruct();
            present[1] = callback.hasRspInfo();
        }))
        {
            final SpiSlot login = SpiSlot.of(library.profile().slot(ApiTable.TRADER_SPI, "OnRspUserLogin"), library.profile());
            SpiDriver.drive(api.spiAddress(), login, 0, 0, 0, 1);

            assertThat(copied).containsExactly(0, 0, 0);
            assertThat(present).containsExactly(false, false);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { JctpJars.V661, JctpJars.V678 })
    void exceptionsFromTheSinkAreCountedAndNeverReachNativeCode(final String version)
    {
        final CtpLibrary library = load(version, CtpApiKind.MD);
        final int[] calls = { 0 };
        try (CtpApi api = create(library, CtpApiKind.MD, callback ->
        {
            calls[0]++;
            throw new IllegalStateException("sink failure " + calls[0]);
        }))
        {
            final SpiSlot tick = SpiSlot.of(library.profile().slot(ApiTable.MD_SPI, "OnRtnDepthMarketData"), library.profile());
            final Memory data = patterned(tick.structSize());
            SpiDriver.drive(api.spiAddress(), tick, Pointer.nativeValue(data), 0, 0, 1000);

            assertThat(calls[0]).isEqualTo(1000);
            assertThat(api.spiErrorCount()).isEqualTo(1000);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { JctpJars.V661, JctpJars.V678 })
    void anUnseenSignatureArrivesAsRawArgumentRegisters(final String version)
    {
        final AbiProfile profile = AbiProfiles.byId(version);
        final SpiSlot slot = SpiSlot.of(
            new VtableSlot(0, "OnSomethingNew", "void", List.of("CThostFtdcOrderField*", "int")), profile);
        final long[] seen = new long[3];
        final SpiObject spi = new SpiObject(List.of(slot), new SpiDispatcher(new SpiCallback("raw", CtpApiKind.TRADER, profile),
            callback ->
            {
                seen[0] = callback.rawArgument(0);
                seen[1] = (int)callback.rawArgument(1);
                seen[2] = callback.shape() == SpiShape.RAW ? 1 : 0;
            }), "ctp-td-raw");

        // Called like the library would, with the (this, X*, int) prototype; the int result is the void's garbage.
        NativeShim.ctp_i_pi(spi.functionPointer(0), spi.address(), 0x1234_5678L, 77);

        assertThat(seen).containsExactly(0x1234_5678L, 77L, 1L);
    }

    private static CtpLibrary load(final String version, final CtpApiKind kind)
    {
        return CtpLibrary.load(kind, kind == CtpApiKind.TRADER ? RealCtpLibraries.trader(version) : RealCtpLibraries.md(version));
    }

    private CtpApi create(final CtpLibrary library, final CtpApiKind kind, final SpiSink sink)
    {
        return kind == CtpApiKind.TRADER ?
            TraderApi.create(library, "spi", flowRoot.resolve("td"), sink) :
            MdApi.create(library, "spi", flowRoot.resolve("md"), sink);
    }

    private static Memory patterned(final int size)
    {
        final Memory memory = new Memory(size);
        for (int i = 0; i < size; i++)
        {
            memory.setByte(i, (byte)(i * 31 + 7));
        }
        return memory;
    }
}
