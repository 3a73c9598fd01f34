// The simulated counter and exchange behind every API instance of this library: configuration,
// markets, accounts, orders, trades and each investor's private topic. One per loaded library;
// all of it is guarded by Core::mutex (requests, the market timer and the control API take it),
// and everything it tells a client goes through that client's Dispatcher.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <variant>
#include <vector>

#include "account.h"
#include "calendar.h"
#include "config.h"
#include "ctp_api.h"
#include "market.h"
#include "order_state.h"

namespace ctpsim
{
class StateStore;
class TraderApiImpl;
class MdApiImpl;

struct ErrOrderInsert
{
    CThostFtdcInputOrderField input;
    CThostFtdcRspInfoField info;
};

struct ErrOrderAction
{
    CThostFtdcOrderActionField action;
    CThostFtdcRspInfoField info;
};

// One message of an investor's private topic, replayed on login according to the resume type.
using PrivateMessage = std::variant<CThostFtdcOrderField, CThostFtdcTradeField, ErrOrderInsert, ErrOrderAction>;

struct TradeRecord
{
    std::string account;
    CThostFtdcTradeField trade;
};

// Burst mode: N ticks sent as fast as possible (each stamped, CLOCK_MONOTONIC, just before its callback) or paced
// (each stamped with its planned send time).
struct Burst
{
    std::mutex mutex;
    std::condition_variable done;
    std::vector<int64_t> sentNs;
    int requested = 0;
    bool running = false;
};

// Tick-to-order probe: while armed (every > 0), each ReqOrderInsert is stamped (CLOCK_MONOTONIC) on entry. A client
// that sends exactly one order on each burst tick numbered every, 2*every, ... lets the k-th arrival be paired with
// tick k*every of the last burst (ctpsim_order_probe_pairs). Guarded by Core::mutex.
struct OrderProbe
{
    int every = 0;
    std::vector<int64_t> arrivalNs;
};

// CTP's reason code when the front closes a connection (network read failure).
constexpr int kFrontClosedReason = 0x1001;

class Core
{
public:
    static Core& get();

    std::mutex mutex;

    SimConfig config;
    std::vector<Market> markets;
    std::map<std::string, Account> accounts;   // by accountKey(broker, investor)
    std::vector<std::unique_ptr<OrderState>> orders;
    std::vector<TradeRecord> trades;
    std::map<std::string, std::vector<PrivateMessage>> topics;
    std::vector<TraderApiImpl*> traders;
    std::vector<MdApiImpl*> mds;
    SimTime clock;
    int nextSessionId = 0;
    int64_t nextOrderSysId = 0;
    int64_t nextTradeId = 0;
    int64_t nextLocalId = 0;
    int nextSequenceNo = 0;
    uint64_t nextArrival = 0;
    // Identifies this simulated day among every day any simulator process has run, for the resume cursors
    // that clients keep in their flow directories.
    uint64_t dayEpoch = 0;
    std::string lastError;
    std::shared_ptr<Burst> burst = std::make_shared<Burst>();
    OrderProbe orderProbe;
    uint64_t connectionsAccepted = 0;            // since the library loaded or the last reset
    std::map<std::string, int> loginFailures;    // wrong passwords in a row, by account key

    // How the front answers a connection attempt now.
    enum class Admission
    {
        Accept,
        Silent,          // nobody answers (front down, or a maintenance window that refuses connections)
        AcceptAndClose,  // a storm
    };
    Admission admitConnectionLocked() const;

    // A storm_window is in force: the front storms (followed by the market timer, see followStormWindowLocked).
    bool scheduledStorm = false;

    // How the front answers now: its configured mode, or a storm while a storm_window is in force.
    FrontMode frontModeLocked() const;

    // Starts or ends a storm_window's storm when its time has come (called on every round of the market timer).
    void followStormWindowLocked();

    // A maintenance window is in force (it opens when the clock reaches its end, or by configuration).
    bool maintenanceLocked() const;

    // What sessions see of the front (mode and maintenance), to tell whether a configuration line changed it.
    int frontStateLocked() const;

    // After the front's state changed from `before`: a front that closes (down, storm, maintenance) drops every
    // session first; one that answers again lets waiting sessions connect.
    void followFrontLocked(int before);

    // Opens a maintenance window whose end the simulated clock has reached.
    void openMaintenanceIfDueLocked();

    // End of the trading day (settlement): working orders cancelled (their OnRtnOrder sent), today's positions
    // become yesterday's at the settlement price, funds carried over, orders, trades and private topics emptied,
    // the clock moved to the evening after the day (the trading day becomes the next business day) and every
    // session closed after what it was sent. Returns the new trading day.
    int settleLocked();

    static std::string accountKey(const std::string& broker, const std::string& investor) { return broker + "/" + investor; }

    // Makes the calendar follow config.holidays.
    void applyCalendarLocked();

    // Rebuilds the day from `config`: markets opened, accounts funded, orders and topics empty.
    // Sessions stay attached (tests reset between cases without reloading the library).
    void resetLocked();

    // CLOCK_MONOTONIC time at which a response posted now should reach the client.
    int64_t dueNs() const;

    Market* findMarket(const std::string& instrumentId);
    int marketIndex(const std::string& instrumentId) const;
    std::map<std::string, const Market*> marketsById() const;
    std::string tradingDayText() const;
    std::string timeText() const;   // the simulated clock, HH:MM:SS

    // Appends to the investor's private topic and delivers to every logged-in session of that investor.
    void publishPrivate(const std::string& account, const PrivateMessage& message);

    // Sends the market's current depth to every md session subscribed to it (nothing in a recorded feed).
    void publishDepth(const Market& market);

    // Sends the market's latest injected tick, as recorded, to every md session subscribed to it.
    void publishRecorded(const Market& market);

    // One round of the generator: the clock moves, each trading instrument ticks, resting orders may fill.
    void runRoundLocked();

    // With a state directory configured: writes the counter's state there. Call after every change.
    void persistLocked();

    // Follows config.stateDir after a configuration change: a newly named directory that holds a saved state
    // replaces the day with it (the counter a killed process left); one without gets the current day.
    void attachStateDirLocked();

    // Wakes the market timer after its rate changed.
    void wakeTimer();
    void stopTimer();

private:
    Core();
    void timerLoop();

    void detachSessionsLocked();

    std::string attachedStateDir_;
    std::unique_ptr<StateStore> store_;
    const uint64_t epochBase_ = randomEpochBase();
    uint64_t resets_ = 0;
    static uint64_t randomEpochBase();

    static constexpr int64_t kSettleFromMs = 15 * 3600 * 1000;   // the day session has closed
    static constexpr int64_t kNightOpenMs = 21 * 3600 * 1000;
    static constexpr int64_t kSettledAtMs = 20 * 3600 * 1000;    // where a settlement leaves the clock

    std::thread timer_;
    std::condition_variable timerWake_;
    bool timerStop_ = false;
};

// Order handling (orders.cpp); all under Core::mutex.
// Cancels every working order (OnRtnOrder Canceled to its investor), as the exchange does at the day's end.
void cancelWorkingOrders(Core& core);
void insertOrder(Core& core, TraderApiImpl& session, const CThostFtdcInputOrderField& input, int requestId);
void actionOrder(Core& core, TraderApiImpl& session, const CThostFtdcInputOrderActionField& input, int requestId);
// Fills resting orders the new synthetic book crosses, and those a trade print at `last` reached in the queue.
void matchResting(Core& core, Market& market);
// Other participants trade `volume` at `price`: better-priced resting orders fill first, then the queue at that price.
void marketTrade(Core& core, Market& market, int64_t price, int volume);
}
