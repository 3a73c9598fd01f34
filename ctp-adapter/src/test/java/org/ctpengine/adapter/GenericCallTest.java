package org.ctpengine.adapter;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import org.ctpengine.adapter.internal.CStrings;
import org.ctpengine.adapter.testing.JctpJars;
import org.ctpengine.adapter.testing.RealCtpLibraries;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Any API method is callable by slot or name through the shim; the lifecycle methods are not. */
class GenericCallTest
{
    @TempDir
    Path flowRoot;

    @ParameterizedTest
    @ValueSource(strings = { JctpJars.V661, JctpJars.V678 })
    void callsMethodsTheTypedApiDoesNotWrap(final String version)
    {
        final CtpLibrary library = CtpLibrary.load(CtpApiKind.TRADER, RealCtpLibraries.trader(version));
        try (TraderApi api = TraderApi.create(library, "generic", flowRoot.resolve("td"), callback -> { }))
        {
            final long day = api.invoke("GetTradingDay", 0, 0);
            assertThat(CStrings.fromNative(day, CStrings.GB18030)).isEqualTo(api.tradingDay());

            final Memory query = new Memory(library.profile().struct("CThostFtdcQryExchangeField").size());
            query.clear();
            assertThat(api.invoke("ReqQryExchange", Pointer.nativeValue(query), 7)).isEqualTo(ApiResult.NETWORK_FAILURE);
            assertThat(api.invoke(api.slotIndex("ReqQryProduct"), Pointer.nativeValue(query), 8))
                .isEqualTo(ApiResult.NETWORK_FAILURE);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { JctpJars.V661, JctpJars.V678 })
    void typedWrappersUseTheSlotsOfTheirVersion(final String version)
    {
        final CtpLibrary library = CtpLibrary.load(CtpApiKind.TRADER, RealCtpLibraries.trader(version));
        try (TraderApi api = TraderApi.create(library, "slots", flowRoot.resolve("td"), callback -> { }))
        {
            // GetFrontInfo was inserted at slot 4 in 6.7.x: everything after it moved by one.
            assertThat(api.slotIndex("RegisterFront")).isEqualTo(JctpJars.V661.equals(version) ? 4 : 5);
            assertThat(api.slotIndex("GetFrontInfo")).isEqualTo(JctpJars.V661.equals(version) ? -1 : 4);
            final Memory order = new Memory(library.profile().struct("CThostFtdcInputOrderField").size());
            order.clear();
            assertThat(api.reqOrderInsert(Pointer.nativeValue(order), 1)).isEqualTo(ApiResult.NETWORK_FAILURE);
            assertThat(api.reqOrderInsert(0, 1)).isEqualTo(ApiResult.NULL_ARGUMENT);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { JctpJars.V661, JctpJars.V678 })
    void refusesLifecycleMethodsUnknownNamesAndUnknownSlots(final String version)
    {
        final CtpLibrary library = CtpLibrary.load(CtpApiKind.MD, RealCtpLibraries.md(version));
        try (MdApi api = MdApi.create(library, "refusals", flowRoot.resolve("md"), callback -> { }))
        {
            assertThatThrownBy(() -> api.invoke("Release", 0, 0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> api.invoke("RegisterSpi", 0, 0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> api.invoke("ReqOrderInsert", 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CThostFtdcMdApi::ReqOrderInsert");
            assertThatThrownBy(() -> api.invoke(99, 0, 0)).isInstanceOf(IllegalArgumentException.class);
            assertThat(api.isReleased()).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { JctpJars.V661, JctpJars.V678 })
    void refusesALibraryOfTheOtherKindAndABadName(final String version)
    {
        final CtpLibrary md = CtpLibrary.load(CtpApiKind.MD, RealCtpLibraries.md(version));

        assertThatThrownBy(() -> TraderApi.create(md, "x", flowRoot, callback -> { }))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("needs a trader library");
        final CtpLibrary trader = CtpLibrary.load(CtpApiKind.TRADER, RealCtpLibraries.trader(version));
        assertThatThrownBy(() -> TraderApi.create(trader, "has space", flowRoot, callback -> { }))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("API name");
    }
}
