package org.ctpengine.adapter;

import org.ctpengine.adapter.internal.LiveApis;
import org.ctpengine.adapter.testing.AcceptAndCloseFront;
import org.ctpengine.adapter.testing.JctpJars;
import org.ctpengine.adapter.testing.RealCtpLibraries;
import org.ctpengine.adapter.testing.RecordingSink;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * SFIT's real libraries, both versions, end to end through our loader, vtable calls and SPI trampolines,
 * against a loopback listener that accepts and closes: the library reports OnFrontDisconnected(0x1001) and
 * reconnects at once, hundreds of times a second.
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
        final Path flow = flowRoot.resolve("td");
        try (AcceptAndCloseFront front = new AcceptAndCloseFront();
            TraderApi api = TraderApi.create(library, "live-" + version, flow, sink))
        {
            assertThat(flow).isDirectory();
            api.subscribePrivateTopic(ResumeType.QUICK);
            api.subscribePublicTopic(ResumeType.QUICK);
            api.registerFront(front.address());
            api.init();

            await().atMost(DEADLINE).until(() -> sink.count("OnFrontDisconnected") >= 1);
            assertThat(front.accepted()).isGreaterThanOrEqualTo(1);
            assertFirstCallIsDisconnectOnThread(sink, "ctp-td-live-" + version);
            assertThat(api.spiErrorCount()).isZero();
            assertThat(api.tradingDay()).isNotNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { JctpJars.V661, JctpJars.V678 })
    void marketDataDeliversFrontDisconnectedOnTheLibrarysThread(final String version) throws Exception
    {
        final CtpLibrary library = CtpLibrary.load(CtpApiKind.MD, RealCtpLibraries.md(version));
        final RecordingSink sink = new RecordingSink();
        try (AcceptAndCloseFront front = new AcceptAndCloseFront();
            MdApi api = MdApi.create(library, "live-" + version, flowRoot.resolve("md"), sink))
        {
            api.registerFront(front.address());
            api.init();

            await().atMost(DEADLINE).until(() -> sink.count("OnFrontDisconnected") >= 1);
            assertFirstCallIsDisconnectOnThread(sink, "ctp-md-live-" + version);
            // Not logged in: the library refuses or queues, but the char** call itself must work.
            assertThat(api.subscribeMarketData("rb2510", "IF2509")).isIn(ApiResult.OK, ApiResult.NETWORK_FAILURE);
            assertThat(api.unSubscribeMarketData("rb2510")).isIn(ApiResult.OK, ApiResult.NETWORK_FAILURE);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { JctpJars.V661, JctpJars.V678 })
    void releaseFromItsOwnCallbackThreadHandsOffAndCompletes(final String version) throws Exception
    {
        final CtpLibrary library = CtpLibrary.load(CtpApiKind.TRADER, RealCtpLibraries.trader(version));
        final AtomicReference<TraderApi> self = new AtomicReference<>();
        final AtomicReference<String> releasedOn = new AtomicReference<>();
        final CountDownLatch released = new CountDownLatch(1);
        try (AcceptAndCloseFront front = new AcceptAndCloseFront())
        {
            final TraderApi api = TraderApi.create(library, "self-release", flowRoot.resolve("td"), callback ->
            {
                final TraderApi me = self.get();
                if (me != null && me.isCallbackThread() && releasedOn.compareAndSet(null, Thread.currentThread().getName()))
                {
                    me.release();
                    released.countDown();
                }
            });
            self.set(api);
            api.registerFront(front.address());
            api.init();

            assertThat(released.await(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isTrue();
            api.releaseFuture().get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
            assertThat(releasedOn.get()).isEqualTo("ctp-td-self-release");
            assertThat(api.isReleased()).isTrue();
            assertThat(LiveApis.contains(api)).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { JctpJars.V661, JctpJars.V678 })
    void releaseIsIdempotentFromManyThreadsAndLaterRequestsAreRefused(final String version) throws Exception
    {
        final CtpLibrary library = CtpLibrary.load(CtpApiKind.TRADER, RealCtpLibraries.trader(version));
        final RecordingSink sink = new RecordingSink();
        final ExecutorService pool = Executors.newFixedThreadPool(4);
        try (AcceptAndCloseFront front = new AcceptAndCloseFront())
        {
            final TraderApi api = TraderApi.create(library, "many-release", flowRoot.resolve("td"), sink);
            api.registerFront(front.address());
            api.init();
            await().atMost(DEADLINE).until(() -> sink.count("OnFrontDisconnected") >= 10);
            assertThat(LiveApis.contains(api)).isTrue();

            final CountDownLatch start = new CountDownLatch(1);
            final List<Future<?>> releases = new ArrayList<>();
            for (int i = 0; i < 4; i++)
            {
                releases.add(pool.submit(() ->
                {
                    start.await();
                    api.release();
                    return null;
                }));
            }
            start.countDown();
            for (final Future<?> release : releases)
            {
                release.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
            }
            api.release();

            assertThat(api.isReleased()).isTrue();
            assertThat(LiveApis.contains(api)).isFalse();
            final long afterRelease = sink.total();
            assertThat(api.reqOrderInsert(1L, 1)).isEqualTo(ApiResult.RELEASED);
            assertThat(api.invoke("ReqQryInstrument", 1L, 1)).isEqualTo(ApiResult.RELEASED);
            assertThatThrownBy(() -> api.registerFront(front.address())).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(api::init).isInstanceOf(IllegalStateException.class);
            assertThat(sink.total()).isEqualTo(afterRelease);
        }
        finally
        {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { JctpJars.V661, JctpJars.V678 })
    void survivesGcPressureWhileCallbacksArriveWithOnlyTheRegistryHoldingTheApis(final String version) throws Exception
    {
        final RecordingSink traderSink = new RecordingSink();
        final RecordingSink mdSink = new RecordingSink();
        try (AcceptAndCloseFront front = new AcceptAndCloseFront())
        {
            final WeakReference<TraderApi> trader = new WeakReference<>(startTrader(version, front, traderSink));
            final WeakReference<MdApi> md = new WeakReference<>(startMd(version, front, mdSink));

            // A full collection between polls, until both have seen hundreds of callbacks in between collections.
            final int[] collections = { 0 };
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(5)).until(() ->
            {
                System.gc();
                collections[0]++;
                return traderSink.count("OnFrontDisconnected") >= 300 && mdSink.count("OnFrontDisconnected") >= 300;
            });

            System.out.printf("%s: %d full collections while %d trader and %d md callbacks arrived%n", version,
                collections[0], traderSink.total(), mdSink.total());
            assertThat(collections[0]).isGreaterThan(5);
            final TraderApi traderApi = trader.get();
            final MdApi mdApi = md.get();
            assertThat(traderApi).as("held by the registry of live APIs").isNotNull();
            assertThat(mdApi).as("held by the registry of live APIs").isNotNull();
            traderApi.release();
            mdApi.release();
            assertThat(traderApi.spiErrorCount() + mdApi.spiErrorCount()).isZero();
        }
    }

    /** Creates and starts a trader API and drops every reference to it but the registry's. */
    private TraderApi startTrader(final String version, final AcceptAndCloseFront front, final RecordingSink sink)
        throws Exception
    {
        final CtpLibrary library = CtpLibrary.load(CtpApiKind.TRADER, RealCtpLibraries.trader(version));
        final TraderApi api = TraderApi.create(library, "gc-td", Files.createDirectories(flowRoot.resolve("td")), sink);
        api.registerFront(front.address());
        api.init();
        return api;
    }

    private MdApi startMd(final String version, final AcceptAndCloseFront front, final RecordingSink sink) throws Exception
    {
        final CtpLibrary library = CtpLibrary.load(CtpApiKind.MD, RealCtpLibraries.md(version));
        final MdApi api = MdApi.create(library, "gc-md", Files.createDirectories(flowRoot.resolve("md")), sink);
        api.registerFront(front.address());
        api.init();
        return api;
    }

    private static void assertFirstCallIsDisconnectOnThread(final RecordingSink sink, final String threadName)
    {
        final RecordingSink.Call first = sink.firstCalls().get(0);
        assertThat(first.method()).isEqualTo("OnFrontDisconnected");
        assertThat(first.intArgument()).isEqualTo(NETWORK_READ_FAILED);
        assertThat(first.threadName()).isEqualTo(threadName);
        assertThat(first.threadId()).isNotEqualTo(Thread.currentThread().getId());
    }
}
