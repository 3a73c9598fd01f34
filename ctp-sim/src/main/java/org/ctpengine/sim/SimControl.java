package org.ctpengine.sim;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The simulator's {@code extern "C"} control API ({@code ctpsim.h}) through JNA: configuration,
 * deterministic market steering for tests, fault injection, burst timestamps and the tick-to-order probe. The library is opened
 * with {@code RTLD_NOW | RTLD_LOCAL}; opening the path the CTP adapter loaded gives the same instance,
 * so this controls the simulator the client is connected to. Calls are thread-safe (the simulator locks).
 */
public final class SimControl
{
    /** Which sessions a fault applies to. */
    public enum Target
    {
        TRADER(1),
        MD(2),
        ALL(3);

        private final int code;

        Target(final int code)
        {
            this.code = code;
        }
    }

    /** How the front answers connection attempts ({@code front up|down|storm}). */
    public enum FrontMode
    {
        /** Accepts: {@code OnFrontConnected}. */
        UP,
        /** Nothing answers: no callback at all, {@code OnFrontConnected} never comes. */
        DOWN,
        /** Accepts and closes at once: {@code OnFrontConnected}, {@code OnFrontDisconnected(0x1001)}, over and over. */
        STORM
    }

    /** A maintenance window: how the front behaves until it opens ({@code maintenance ...}). */
    public enum Maintenance
    {
        /** Connections are not answered. */
        REFUSE("refuse"),
        /** Connections are accepted, logins answered with error 7 (CTP:还没有初始化). */
        NOT_INITED("not_inited");

        private final String word;

        Maintenance(final String word)
        {
            this.word = word;
        }
    }

    /** How {@code GetApiVersion()} reports the version: the simulator's own text or a real library's style. */
    public enum VersionStyle
    {
        /** {@code ctp-sim 0.1.0 profile=<id>}, the default. */
        SIM,
        /** SFIT's: {@code v6.7.8_20240918 14:34:34.8082}. */
        SFIT,
        /** openctp TTS 6.6.x: {@code V6_6_1_P1}. */
        TTS,
        /** openctp TTS 6.3.x / 6.5.x: {@code 6.3.15}. */
        PLAIN
    }

    /** CTP's reason code when a front drops the connection (network read failure). */
    public static final int DISCONNECT_REASON = 0x1001;

    private static final int RTLD_NOW = 0x2;
    private static final int RTLD_LOCAL = 0x0;

    private final Native0 lib;
    private final Path path;

    private SimControl(final Native0 lib, final Path path)
    {
        this.lib = lib;
        this.path = path;
    }

    /** Opens the control API of the simulator library at {@code library}. */
    public static SimControl open(final Path library)
    {
        final Native0 lib = Native.load(library.toAbsolutePath().toString(), Native0.class,
            Map.of(Library.OPTION_OPEN_FLAGS, RTLD_NOW | RTLD_LOCAL));
        return new SimControl(lib, library);
    }

    /** Opens the control API of the simulator built for {@code profileId}. */
    public static SimControl forProfile(final String profileId)
    {
        return open(SimLibrary.path(profileId));
    }

    public Path path()
    {
        return path;
    }

    /**
     * {@code ctp-sim <version> profile=<id>}: the simulator's own text, whatever {@code GetApiVersion()} is configured
     * to report ({@link #versionStyle}).
     */
    public String version()
    {
        return lib.ctpsim_version().getString(0, "US-ASCII");
    }

    /** The ABI profile this library implements, whatever version text it reports. */
    public String profile()
    {
        return lib.ctpsim_profile().getString(0, "US-ASCII");
    }

    /** What {@code GetApiVersion()} reports from now on (the configuration line {@code version_style}). */
    public void versionStyle(final VersionStyle style)
    {
        configure("version_style " + style.name().toLowerCase(Locale.ROOT));
    }

    /**
     * How the front answers from now on. Leaving {@link FrontMode#UP} closes every connected session
     * ({@code OnFrontDisconnected(0x1001)}); returning to it lets the waiting sessions connect.
     */
    public void frontMode(final FrontMode mode)
    {
        configure("front " + mode.name().toLowerCase(Locale.ROOT));
    }

    /** Connections the front accepted since the library loaded or the last {@link #reset()}. */
    public long connectionsAccepted()
    {
        return lib.ctpsim_connections_accepted();
    }

    /**
     * Starts a maintenance window that lasts until {@link #openMaintenance()}: every session is closed, and the front
     * then behaves as {@code style} says.
     */
    public void startMaintenance(final Maintenance style)
    {
        configure("maintenance " + style.word);
    }

    /**
     * Starts a maintenance window that opens when the simulated clock reaches {@code yyyymmdd hh:mm:ss} (it moves
     * with the market timer or {@link #step}), or earlier by {@link #openMaintenance()}.
     */
    public void startMaintenance(final Maintenance style, final int yyyymmdd, final String time)
    {
        configure("maintenance " + style.word + " " + yyyymmdd + " " + time);
    }

    /** Ends the maintenance window now: waiting sessions connect. */
    public void openMaintenance()
    {
        configure("maintenance none");
    }

    /** Every login of {@code broker}/{@code user} is answered with CTP error {@code errorId} (0: normal again). */
    public void loginError(final String broker, final String user, final int errorId)
    {
        configure("login_error " + broker + " " + user + " " + errorId);
    }

    /**
     * End of the trading day: working orders cancelled (with their OnRtnOrder), today's positions become
     * yesterday's, the trading day advances to the next business day (weekends and holidays skipped), the day's
     * orders and trades are gone and every session is closed after what it was sent, then reconnects.
     *
     * @return the new trading day, yyyymmdd
     */
    public int settle()
    {
        return check(lib.ctpsim_settle(), "settle");
    }

    /**
     * Moves the simulated clock forward to {@code yyyymmdd} {@code time} ({@code HH:MM:SS}) at once, without ticks for
     * the time skipped; a maintenance window whose end it reaches opens.
     *
     * @return the trading day there, yyyymmdd
     */
    public int advanceClock(final int yyyymmdd, final String time)
    {
        final int msOfDay = (int)(LocalTime.parse(time).toNanoOfDay() / 1_000_000);
        return check(lib.ctpsim_advance_clock(yyyymmdd, msOfDay), "advance the clock to " + yyyymmdd + " " + time);
    }

    /** The trading day of the simulated clock, yyyymmdd. */
    public int tradingDay()
    {
        return check(lib.ctpsim_trading_day(), "trading day");
    }

    /** Built-in defaults (then {@code CTPSIM_CONFIG}) and a fresh simulated trading day. */
    public void reset()
    {
        check(lib.ctpsim_reset(), "reset");
    }

    /** One configuration line, e.g. {@code "seed 42"}; see ctp-sim/README.md for the keys. */
    public void configure(final String line)
    {
        check(lib.ctpsim_configure(cString(line)), "configure '" + line + "'");
    }

    /**
     * Keeps the counter's state in {@code directory}, rewritten after every change; a directory that already holds
     * a saved state continues that counter (a process started after another was killed finds its orders, trades,
     * positions and private topics). Same as {@code configure("state_dir DIR")}.
     */
    public void stateDirectory(final Path directory)
    {
        configure("state_dir " + directory.toAbsolutePath());
    }

    public void loadConfig(final Path file)
    {
        check(lib.ctpsim_load_config(cString(file.toAbsolutePath().toString())), "load config " + file);
    }

    /** Runs generator rounds now (for tests with {@code tick_interval_ms 0}). */
    public void step(final int rounds)
    {
        check(lib.ctpsim_step(rounds), "step");
    }

    /** Replaces the synthetic book with one level a side (volume 0 empties a side). */
    public void setBook(final String instrument, final double bid, final int bidVolume, final double ask, final int askVolume)
    {
        check(lib.ctpsim_set_book(cString(instrument), bid, bidVolume, ask, askVolume), "set book of " + instrument);
    }

    /** Other participants trade {@code volume} at {@code price}; resting orders fill by price-time priority. */
    public void marketTrade(final String instrument, final double price, final int volume)
    {
        check(lib.ctpsim_market_trade(cString(instrument), price, volume), "market trade in " + instrument);
    }

    /**
     * Drops the sessions: {@code OnFrontDisconnected(0x1001)}, then {@code OnFrontConnected} after the delay
     * (negative: stays down until {@link #reconnect}). Returns how many sessions were connected.
     */
    public int dropConnection(final Target target, final int reconnectDelayMs)
    {
        return check(lib.ctpsim_drop_connection(target.code, reconnectDelayMs), "drop connection");
    }

    public void reconnect(final Target target, final int delayMs)
    {
        check(lib.ctpsim_reconnect(target.code, delayMs), "reconnect");
    }

    public void heartbeatWarning(final Target target, final int lapseSeconds)
    {
        check(lib.ctpsim_heartbeat_warning(target.code, lapseSeconds), "heartbeat warning");
    }

    /**
     * Starts a burst of {@code count} ticks, as fast as possible, to the first md session subscribed to the
     * instrument; the ticks carry 1..count in Volume.
     */
    public void burst(final String instrument, final int count)
    {
        check(lib.ctpsim_burst(cString(instrument), count), "burst of " + instrument);
    }

    /**
     * Starts a paced burst: tick i (from 0) is sent at start + i / {@code ticksPerSecond} (the simulator spins for
     * it) and its {@linkplain #burstTimestamps() timestamp} is that planned time, so that a client which holds up
     * the sender sees the delay in its latency (no coordinated omission). Otherwise as {@link #burst(String, int)}.
     */
    public void burst(final String instrument, final int count, final int ticksPerSecond)
    {
        check(lib.ctpsim_burst_paced(cString(instrument), count, ticksPerSecond),
            "burst of " + instrument + " at " + ticksPerSecond + "/s");
    }

    /**
     * Recorded feed (after {@code configure("recorded_feed 1")}): takes one recorded
     * {@code CThostFtdcDepthMarketDataField} (of this library's profile, {@code length} bytes at {@code address}) as
     * the instrument's new state, the book other participants offer and the print since the previous one, and
     * fills the resting orders it reaches. The tick reaches subscribers only by {@link #publishInjected}.
     */
    public void injectDepth(final Pointer address, final int length)
    {
        check(lib.ctpsim_inject_depth(address, length), "inject a tick");
    }

    /** Sends the instrument's latest injected tick, exactly as recorded, to its subscribers. */
    public void publishInjected(final String instrument)
    {
        check(lib.ctpsim_publish_injected(cString(instrument)), "publish the injected tick of " + instrument);
    }

    /** Callbacks posted to any session of this library and not yet returned (queued or running). */
    public long callbacksPending()
    {
        return lib.ctpsim_callbacks_pending();
    }

    /** Callbacks returned (or dropped with a connection) since the library loaded. */
    public long callbacksFinished()
    {
        return lib.ctpsim_callbacks_finished();
    }

    /** Waits for the burst; returns the ticks sent. */
    public int awaitBurst(final int timeoutMs)
    {
        return check(lib.ctpsim_burst_wait(timeoutMs), "wait for burst");
    }

    /** CLOCK_MONOTONIC send time (ns) of each tick of the last burst, in order; planned times for a paced burst. */
    public long[] burstTimestamps()
    {
        final long[] all = new long[lib.ctpsim_burst_timestamps(null, Integer.MAX_VALUE)];
        final int copied = lib.ctpsim_burst_timestamps(all, all.length);
        return copied == all.length ? all : Arrays.copyOf(all, copied);
    }

    /**
     * Arms the tick-to-order probe: from now on every {@code ReqOrderInsert} is stamped (CLOCK_MONOTONIC) on entry.
     * A client that sends exactly one order on each burst tick numbered {@code everyNthTick}, 2 × that, … and no
     * other order lets {@link #orderProbePairs()} pair the k-th arrival with the k-th such tick. Clears earlier
     * arrivals; 0 disarms.
     */
    public void armOrderProbe(final int everyNthTick)
    {
        check(lib.ctpsim_order_probe(everyNthTick), "arm the order probe");
    }

    /** Orders stamped since the probe was armed. */
    public int orderProbeArrivals()
    {
        return check(lib.ctpsim_order_probe_arrivals(), "count order probe arrivals");
    }

    /** Send stamp of a probe tick and arrival stamp of the order it caused, both CLOCK_MONOTONIC ns. */
    public record OrderProbePairs(long[] tickSentNanos, long[] orderArrivalNanos)
    {
        public int size()
        {
            return tickSentNanos.length;
        }
    }

    /** The pairs of the last burst (call after {@link #awaitBurst}); arrivals without a probe tick are left out. */
    public OrderProbePairs orderProbePairs()
    {
        final int arrivals = orderProbeArrivals();
        final long[] sent = new long[arrivals];
        final long[] arrived = new long[arrivals];
        final int pairs = check(lib.ctpsim_order_probe_pairs(sent, arrived, arrivals), "read order probe pairs");
        return new OrderProbePairs(Arrays.copyOf(sent, pairs), Arrays.copyOf(arrived, pairs));
    }

    private int check(final int result, final String what)
    {
        if (result < 0)
        {
            throw new IllegalStateException("ctp-sim " + path + ": " + what + " failed: " +
                lib.ctpsim_last_error().getString(0, "UTF-8"));
        }
        return result;
    }

    /** ASCII, NUL-terminated: never depend on jna.encoding or the process locale. */
    private static byte[] cString(final String text)
    {
        final byte[] ascii = text.getBytes(StandardCharsets.US_ASCII);
        final byte[] out = new byte[ascii.length + 1];
        System.arraycopy(ascii, 0, out, 0, ascii.length);
        return out;
    }

    /** The C functions as JNA binds them (names as in ctpsim.h). */
    interface Native0 extends Library
    {
        Pointer ctpsim_version();

        Pointer ctpsim_last_error();

        Pointer ctpsim_profile();

        long ctpsim_connections_accepted();

        int ctpsim_settle();

        int ctpsim_trading_day();

        int ctpsim_advance_clock(int yyyymmdd, int msOfDay);

        int ctpsim_reset();

        int ctpsim_configure(byte[] line);

        int ctpsim_load_config(byte[] path);

        int ctpsim_step(int rounds);

        int ctpsim_set_book(byte[] instrument, double bid, int bidVolume, double ask, int askVolume);

        int ctpsim_market_trade(byte[] instrument, double price, int volume);

        int ctpsim_drop_connection(int target, int reconnectDelayMs);

        int ctpsim_reconnect(int target, int delayMs);

        int ctpsim_heartbeat_warning(int target, int lapseSeconds);

        int ctpsim_burst(byte[] instrument, int count);

        int ctpsim_burst_paced(byte[] instrument, int count, int ticksPerSecond);

        int ctpsim_burst_wait(int timeoutMs);

        int ctpsim_inject_depth(Pointer depth, int size);

        int ctpsim_publish_injected(byte[] instrument);

        long ctpsim_callbacks_pending();

        long ctpsim_callbacks_finished();

        int ctpsim_burst_timestamps(long[] out, int capacity);

        int ctpsim_order_probe(int everyNthTick);

        int ctpsim_order_probe_arrivals();

        int ctpsim_order_probe_pairs(long[] tickSentNs, long[] orderArrivalNs, int capacity);
    }
}
