/*
 * ctp-sim control API: configuration, deterministic market steering for tests, fault injection and
 * burst-mode timestamps. Plain C, reachable through JNA (org.ctpengine.sim.SimControl).
 * Every function returns 0 (or a count) on success and -1 on failure; ctpsim_last_error() says why.
 *
 * Targets of the fault functions: 1 = every trader session, 2 = every md session, 3 = both.
 */
#ifndef CTPSIM_H
#define CTPSIM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define CTPSIM_TRADER 1
#define CTPSIM_MD 2
#define CTPSIM_ALL 3

/* "ctp-sim 0.1.0 profile=<id>": the simulator's own text, whatever GetApiVersion() is configured to report
   ("version_style", "version_text", CTPSIM_VERSION_STYLE). */
const char* ctpsim_version(void);

/* The ABI profile this library implements ("6.7.8", "6.6.1_P1", ...): the route to the profile that does not depend
   on the version text. */
const char* ctpsim_profile(void);

/* Why the last call on this thread failed. */
const char* ctpsim_last_error(void);

/* Back to the built-in defaults (then CTPSIM_CONFIG's file, if set) and a fresh trading day (also in the state
   directory, when CTPSIM_CONFIG names one). */
int ctpsim_reset(void);

/*
 * Applies one configuration line, the grammar of a CTPSIM_CONFIG file (see ctp-sim/README.md), e.g.
 * "seed 42", "tick_interval_ms 0", "account 9999 u1 pw app code 1000000". Settings that shape the day
 * (accounts, instruments, positions, seed, start, front_id) restart the simulated day; rates and delays
 * apply at once. "state_dir PATH" keeps the counter's state in PATH, rewritten after every change: naming a
 * directory that holds a saved state continues that counter (a process that loads the library after another was
 * killed finds its accounts, orders, trades and private topics); "state_dir none" stops saving.
 */
int ctpsim_configure(const char* line);

/* Applies every line of a file. */
int ctpsim_load_config(const char* path);

/* Runs `rounds` generator rounds now (each: clock + tick interval, one tick per trading instrument). */
int ctpsim_step(int rounds);

/* Replaces an instrument's synthetic book by one level a side (volume 0: side empty) and publishes it. */
int ctpsim_set_book(const char* instrument, double bid, int bid_volume, double ask, int ask_volume);

/* Other participants trade `volume` at `price`: resting orders fill by price-time priority. */
int ctpsim_market_trade(const char* instrument, double price, int volume);

/* The front drops the sessions: OnFrontDisconnected(0x1001), then OnFrontConnected after the delay
   (negative: stay down until ctpsim_reconnect). Orders keep working; fills go to the private topic. */
int ctpsim_drop_connection(int target, int reconnect_delay_ms);
int ctpsim_reconnect(int target, int delay_ms);

/* Connections the front accepted (OnFrontConnected, or a storm's accept-and-close) since the library loaded or the
   last reset. The front's behaviour itself is configuration: "front up|down|storm", "maintenance ...". */
int64_t ctpsim_connections_accepted(void);

/*
 * End of the trading day (settlement): working orders are cancelled (OnRtnOrder Canceled), today's positions become
 * yesterday's at the settlement price (the last price, which becomes the new pre-settlement price), funds carry over,
 * the day's orders, trades and private topics are emptied, the clock moves to 20:00 after the settled day (the
 * trading day becomes the next business day: weekends and holidays skipped), and every session is closed after
 * what it was sent (OnFrontDisconnected(0x1001)), then reconnects as the front allows. Returns the new trading day
 * (yyyymmdd).
 */
int ctpsim_settle(void);

/* Moves the simulated clock forward to yyyymmdd + ms_of_day at once, with no ticks for the time skipped (the next
   generator round continues from there, or from the next session's open); a maintenance window whose end it reaches
   opens. Returns the trading day there (yyyymmdd); -1 for a time before the clock. */
int ctpsim_advance_clock(int yyyymmdd, int ms_of_day);

/* The trading day of the simulated clock now (yyyymmdd). */
int ctpsim_trading_day(void);

/* OnHeartBeatWarning(lapse_seconds) on the sessions. */
int ctpsim_heartbeat_warning(int target, int lapse_seconds);

/* Sends `count` ticks of `instrument` as fast as possible to the first md session subscribed to it, on its
   callback thread, stamping CLOCK_MONOTONIC just before each OnRtnDepthMarketData. The ticks carry 1..count
   in Volume, so a client can prove that none was lost, repeated or reordered. One burst at a time. */
int ctpsim_burst(const char* instrument, int count);

/* Like ctpsim_burst, at a fixed rate: tick i (from 0) is due at start + i / ticks_per_second on CLOCK_MONOTONIC
   (the callback thread spins for it: sleeping is too coarse at 100k/s) and its timestamp is that planned time,
   not the actual send time. A client that holds up the sender therefore sees the delay in the latency of the
   ticks behind it, as a real feed's ticks would wait (no coordinated omission). */
int ctpsim_burst_paced(const char* instrument, int count, int ticks_per_second);

/*
 * Recorded feed (configuration "recorded_feed 1"): the market moves only by recorded ticks, so that another
 * strategy can run over a journal's market data with this simulator's matching. No generator rounds and no
 * synthetic ticks; a subscriber gets an instrument's latest injected tick as its snapshot.
 *
 * ctpsim_inject_depth takes one CThostFtdcDepthMarketDataField of this library's profile (`size` bytes, checked)
 * as the instrument's new state: its five levels become the other participants' book, the volume traded since
 * the previous injected tick prints at its LastPrice, its limit prices apply to new orders, its ActionDay and
 * UpdateTime become the clock. Resting orders that the new book crosses or the print reaches fill now (their
 * callbacks are posted); the tick itself is sent only by ctpsim_publish_injected, so a driver can let the fills
 * arrive first, as they happen before the exchange publishes the snapshot.
 */
int ctpsim_inject_depth(const void* depth, int size);
int ctpsim_publish_injected(const char* instrument);

/* Callbacks posted to every session and not yet returned (queued or running), and callbacks returned (or
   dropped) since the library loaded: a driver waits for the first to be 0 and the second to hold still. */
int64_t ctpsim_callbacks_pending(void);
int64_t ctpsim_callbacks_finished(void);

/* Waits for the burst to finish; returns the number of ticks sent, -1 on timeout. */
int ctpsim_burst_wait(int timeout_ms);

/* Copies up to `capacity` send timestamps (ns, CLOCK_MONOTONIC; planned times for a paced burst) of the last
   burst; returns how many. */
int ctpsim_burst_timestamps(int64_t* out, int capacity);

/* Tick-to-order probe. While armed, every ReqOrderInsert is stamped (CLOCK_MONOTONIC) on entry, before anything
   else. A client that sends exactly one order on each burst tick numbered every_nth_tick, 2*every_nth_tick, ...
   (and no other order) lets the k-th arrival be paired with tick k*every_nth_tick of the last burst. Arming clears
   the earlier arrivals; 0 disarms. */
int ctpsim_order_probe(int every_nth_tick);

/* Orders stamped since the probe was armed. */
int ctpsim_order_probe_arrivals(void);

/* Copies up to `capacity` pairs, in order: the send stamp of probe tick k of the last burst (its planned time when
   paced) and the arrival stamp of the k-th order. Returns the number of pairs; arrivals with no probe tick of the
   last burst behind them are left out. Call after ctpsim_burst_wait. -1 when the probe is not armed. */
int ctpsim_order_probe_pairs(int64_t* tick_sent_ns, int64_t* order_arrival_ns, int capacity);

#ifdef __cplusplus
}
#endif

#endif
