package org.ctpengine.adapter;

import org.ctpengine.adapter.testing.AcceptAndCloseFront;
import org.ctpengine.adapter.testing.JctpJars;
import org.ctpengine.adapter.testing.RealCtpLibraries;
import org.ctpengine.adapter.testing.RecordingSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * SFIT 6.6.1_P1 and 6.7.8 loaded into one JVM at the same time, both halves of each, every instance running
 * against its own front: local symbol scope keeps their identically named symbols apart, and each instance's
 * callbacks reach only its own sink, on its own thread.
 */
class SideBySideVersionsTest
{
    @TempDir
    Path flowRoot;

    @Test
    void twoVersionsRunAtTheSameTimeEachWithItsOwnCallbacks() throws Exception
    {
        final CtpLibrary oldTrader = CtpLibrary.load(CtpApiKind.TRADER, RealCtpLibraries.trader(JctpJars.V661));
        final CtpLibrary newTrader = CtpLibrary.load(CtpApiKind.TRADER, RealCtpLibraries.trader(JctpJars.V678));
        final CtpLibrary oldMd = CtpLibrary.load(CtpApiKind.MD, RealCtpLibraries.md(JctpJars.V661));
        final CtpLibrary newMd = CtpLibrary.load(CtpApiKind.MD, RealCtpLibraries.md(JctpJars.V678));
        assertThat(List.of(oldTrader.apiVersion(), newTrader.apiVersion()))
            .containsExactly(RealCtpLibraries.apiVersion(JctpJars.V661), RealCtpLibraries.apiVersion(JctpJars.V678));

        final RecordingSink oldTraderSink = new RecordingSink();
        final RecordingSink newTraderSink = new RecordingSink();
        final RecordingSink oldMdSink = new RecordingSink();
        final RecordingSink newMdSink = new RecordingSink();
        try (AcceptAndCloseFront oldFront = new AcceptAndCloseFront();
            AcceptAndCloseFront newFront = new AcceptAndCloseFront();
            TraderApi oldTd = TraderApi.create(oldTrader, "old", flowRoot.resolve("old-td"), oldTraderSink);
            TraderApi newTd = TraderApi.create(newTrader, "new", flowRoot.resolve("new-td"), newTraderSink);
            MdApi oldMdApi = MdApi.create(oldMd, "old", flowRoot.resolve("old-md"), oldMdSink);
            MdApi newMdApi = MdApi.create(newMd, "new", flowRoot.resolve("new-md"), newMdSink))
        {
            for (final CtpApi api : List.<CtpApi>of(oldTd, oldMdApi))
            {
                api.registerFront(oldFront.address());
                api.init();
            }
            for (final CtpApi api : List.<CtpApi>of(newTd, newMdApi))
            {
                api.registerFront(newFront.address());
                api.init();
            }

            await().atMost(Duration.ofSeconds(30)).until(() -> oldTraderSink.count("OnFrontDisconnected") >= 20 &&
                newTraderSink.count("OnFrontDisconnected") >= 20 && oldMdSink.count("OnFrontDisconnected") >= 20 &&
                newMdSink.count("OnFrontDisconnected") >= 20);

            assertOnlyOwnThread(oldTraderSink, "ctp-td-old");
            assertOnlyOwnThread(newTraderSink, "ctp-td-new");
            assertOnlyOwnThread(oldMdSink, "ctp-md-old");
            assertOnlyOwnThread(newMdSink, "ctp-md-new");
            assertThat(oldFront.accepted()).isGreaterThanOrEqualTo(40);
            assertThat(newFront.accepted()).isGreaterThanOrEqualTo(40);
        }
    }

    private static void assertOnlyOwnThread(final RecordingSink sink, final String threadName)
    {
        assertThat(sink.firstCalls()).isNotEmpty().allSatisfy(call ->
        {
            assertThat(call.method()).isEqualTo("OnFrontDisconnected");
            assertThat(call.intArgument()).isEqualTo(0x1001);
            assertThat(call.threadName()).isEqualTo(threadName);
        });
        assertThat(sink.counts()).containsOnlyKeys("OnFrontDisconnected");
    }
}
