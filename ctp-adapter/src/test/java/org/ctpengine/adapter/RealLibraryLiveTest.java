package org.ctpengine.adapter;

import org.ctpengine.adapter.testing.AcceptAndCloseFront;
import org.ctpengine.adapter.testing.JctpJars;
import org.ctpengine.adapter.testing.RealCtpLibraries;
import org.ctpengine.adapter.testing.RecordingSink;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * SFIT's real libraries, both versions, end to end through our loader, vtable calls and SPI trampolines,
 * against a loopback listener that accepts and closes: the library reports OnFrontDisconnected(0x1001).
 */
class RealLibraryLiveTest
{
    private static final int NETWORK_READ_FAILED = 0x1001;
    private static final Duration DEADLINE = Duration.ofSeconds(20);

    @TempDir
    Path flowRoot;

    @ParameterizedTest
    @ValueSource(strings = { JctpJars.V661, JctpJars.V678 })
    void reportsItsVersionAndPicksItsProfile(final String version)
    {
        final CtpLibrary trader = CtpLibrary.load(CtpApiKind.TRADER, RealCtpLibraries.trader(version));
        final CtpLibrary md = CtpLibrary.load(CtpApiKind.MD, RealCtpLibraries.md(version));

        assertThat(trader.apiVersion()).isEqualTo(RealCtpLibraries.apiVersion(version));
        assertThat(md.apiVersion()).isEqualTo(RealCtpLibraries.apiVersion(version));
        assertThat(trader.profile().id()).isEqualTo(version);
        assertThat(md.profile().id()).isEqualTo(version);
        assertThat(trader.vtableVerified()).isTrue();
        assertThat(md.vtableVerified()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { JctpJars.V661, JctpJars.V678 })
    void traderDeliversFrontDisconnectedOnTheLibrarysThread(final String version) throws Exception
    {
        final CtpLibrary library = CtpLibrary.load(CtpApiKind.TRADER, RealCtpLibraries.trader(version));
        final RecordingSink sink = new RecordingSink();
        try (AcceptAndCloseFront front = new AcceptAndCloseFront();
            TraderApi api = TraderApi.create(library, "live-" + version, flowRoot.resolve("td"), sink))
        {
            api.subscribePrivateTopic(ResumeType.QUICK);
            api.subscribePublicTopic(ResumeType.QUICK);
            api.registerFront(front.address());
            api.init();

            await().atMost(DEADLINE).until(() -> sink.count("OnFrontDisconnected") >= 1);
            assertThat(front.accepted()).isGreaterThanOrEqualTo(1);
            final RecordingSink.Call first = sink.firstCalls().get(0);
            assertThat(first.method()).isEqualTo("OnFrontDisconnected");
            assertThat(first.intArgument()).isEqualTo(NETWORK_READ_FAILED);
            assertThat(first.threadName()).isEqualTo("ctp-td-live-" + version);
            assertThat(first.threadId()).isNotEqualTo(Thread.currentThread().getId());
            assertThat(api.spiErrorCount()).isZero();
        }
    }
}
