#include "state_file.h"

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sys/stat.h>
#include <type_traits>
#include <unordered_map>

#include "core.h"

namespace ctpsim
{
namespace
{
constexpr char kMagic[] = "ctpsim-state 2\n"; // 2: holidays

static_assert(std::is_trivially_copyable_v<Position>, "positions are written as bytes");
static_assert(std::is_trivially_copyable_v<Level>, "book levels are written as bytes");

// Appends values to one byte string: fixed-size values as their bytes, strings with their length.
class Out
{
public:
    template <typename T> void put(const T& value)
    {
        static_assert(std::is_trivially_copyable_v<T>, "only plain values are written as bytes");
        bytes.append(reinterpret_cast<const char*>(&value), sizeof value);
    }
    void put(const std::string& text)
    {
        put(static_cast<uint32_t>(text.size()));
        bytes.append(text);
    }
    void count(std::size_t n) { put(static_cast<uint32_t>(n)); }

    std::string bytes;
};

// Reads what Out wrote; any overrun marks the whole read failed (a damaged or truncated file).
class In
{
public:
    explicit In(const std::string& bytes) : bytes_(bytes) {}

    template <typename T> T get()
    {
        static_assert(std::is_trivially_copyable_v<T>, "only plain values are read as bytes");
        T value{};
        if (!take(sizeof value))
        {
            return value;
        }
        std::memcpy(&value, bytes_.data() + at_ - sizeof value, sizeof value);
        return value;
    }
    template <typename T> void get(T& value) { value = get<T>(); }
    void get(std::string& text)
    {
        const uint32_t n = get<uint32_t>();
        text = take(n) ? bytes_.substr(at_ - n, n) : std::string();
    }
    std::string string()
    {
        std::string text;
        get(text);
        return text;
    }
    uint32_t count() { return get<uint32_t>(); }
    bool ok() const { return ok_; }
    bool atEnd() const { return at_ == bytes_.size(); }

private:
    bool take(std::size_t n)
    {
        if (!ok_ || bytes_.size() - at_ < n)
        {
            ok_ = false;
            return false;
        }
        at_ += n;
        return true;
    }

    const std::string& bytes_;
    std::size_t at_ = 0;
    bool ok_ = true;
};

// The struct sizes of this build's ABI profile: a file written by a simulator of another profile is refused.
void putLayout(Out& out)
{
    out.put(static_cast<uint32_t>(sizeof(CThostFtdcOrderField)));
    out.put(static_cast<uint32_t>(sizeof(CThostFtdcTradeField)));
    out.put(static_cast<uint32_t>(sizeof(CThostFtdcInputOrderField)));
    out.put(static_cast<uint32_t>(sizeof(CThostFtdcOrderActionField)));
    out.put(static_cast<uint32_t>(sizeof(CThostFtdcRspInfoField)));
    out.put(static_cast<uint32_t>(sizeof(CThostFtdcDepthMarketDataField)));
}

/**
 * The file holds no secrets: a loaded account takes the password and auth code the running process knows for it
 * (registered before the directory was named, or the built-in defaults).
 */
void restoreSecrets(const std::vector<AccountConfig>& live, AccountConfig& loaded)
{
    for (const auto& known : live)
    {
        if (known.broker == loaded.broker && known.user == loaded.user)
        {
            if (loaded.password.empty())
            {
                loaded.password = known.password;
            }
            if (loaded.authCode.empty())
            {
                loaded.authCode = known.authCode;
            }
            return;
        }
    }
}

void putConfig(Out& out, const SimConfig& c)
{
    out.count(c.accounts.size());
    for (const auto& a : c.accounts)
    {
        // Secrets stay in memory only: the file lives in the user's work directory (see keepSecret on load).
        out.put(a.broker); out.put(a.user); out.put(std::string()); out.put(a.appId); out.put(std::string()); out.put(a.funds);
    }
    out.count(c.instruments.size());
    for (const auto& i : c.instruments)
    {
        out.put(i.id); out.put(i.exchange); out.put(i.product);
        out.put(i.priceTick); out.put(i.multiplier); out.put(i.limitBand); out.put(i.marginRate);
        out.put(i.commissionByMoney); out.put(i.commissionByVolume); out.put(i.preSettlement);
        out.put(i.nightEndMinute); out.put(i.financialHours);
    }
    out.count(c.positions.size());
    for (const auto& p : c.positions)
    {
        out.put(p.broker); out.put(p.investor); out.put(p.instrument); out.put(p.isLong); out.put(p.volume);
    }
    out.put(c.seed); out.put(c.tickIntervalMs); out.put(c.flowWindowMs); out.put(c.responseDelayMs);
    out.put(c.connectDelayMs); out.put(c.startDate); out.put(c.startTimeMs); out.put(c.frontId); out.put(c.authRequired);
    out.put(c.recordedFeed);
    out.count(c.holidays.size());
    for (const int day : c.holidays)
    {
        out.put(day);
    }
}

void getConfig(In& in, SimConfig& c)
{
    c.accounts.resize(in.count());
    for (auto& a : c.accounts)
    {
        in.get(a.broker); in.get(a.user); in.get(a.password); in.get(a.appId); in.get(a.authCode); in.get(a.funds);
    }
    c.instruments.resize(in.ok() ? in.count() : 0);
    for (auto& i : c.instruments)
    {
        in.get(i.id); in.get(i.exchange); in.get(i.product);
        in.get(i.priceTick); in.get(i.multiplier); in.get(i.limitBand); in.get(i.marginRate);
        in.get(i.commissionByMoney); in.get(i.commissionByVolume); in.get(i.preSettlement);
        in.get(i.nightEndMinute); in.get(i.financialHours);
    }
    c.positions.resize(in.ok() ? in.count() : 0);
    for (auto& p : c.positions)
    {
        in.get(p.broker); in.get(p.investor); in.get(p.instrument); in.get(p.isLong); in.get(p.volume);
    }
    in.get(c.seed); in.get(c.tickIntervalMs); in.get(c.flowWindowMs); in.get(c.responseDelayMs);
    in.get(c.connectDelayMs); in.get(c.startDate); in.get(c.startTimeMs); in.get(c.frontId); in.get(c.authRequired);
    in.get(c.recordedFeed);
    const uint32_t holidays = in.count();
    c.holidays.clear();
    for (uint32_t i = 0; i < holidays && in.ok(); i++)
    {
        c.holidays.insert(in.get<int>());
    }
}

// Settings of the front and the running process rather than of the counter's day: a loaded state keeps the ones
// in force (a restarted process starts with its own).
void keepRuntimeSettings(const SimConfig& live, SimConfig& loaded)
{
    loaded.stateDir = live.stateDir;
    loaded.orderRequestsPerSecond = live.orderRequestsPerSecond;
    loaded.frontMode = live.frontMode;
    loaded.stormReconnectUs = live.stormReconnectUs;
    loaded.stormConnected = live.stormConnected;
    loaded.stormWindowFromNs = live.stormWindowFromNs;
    loaded.stormWindowUntilNs = live.stormWindowUntilNs;
    loaded.maintenance = live.maintenance;
    loaded.maintenanceUntilDate = live.maintenanceUntilDate;
    loaded.maintenanceUntilMs = live.maintenanceUntilMs;
    loaded.loginErrors = live.loginErrors;
    loaded.loginLockAfter = live.loginLockAfter;
    loaded.versionStyle = live.versionStyle;
    loaded.versionText = live.versionText;
}

void putOrder(Out& out, const OrderState& o)
{
    out.put(o.order); out.put(o.account); out.put(o.market); out.put(o.isBuy); out.put(o.isOpen);
    out.put(o.priceTicks); out.put(o.remaining); out.put(o.queueAhead); out.put(o.arrival);
    out.put(o.frozenMarginPerLot); out.put(o.frozenCommissionPerLot); out.put(o.frozenToday);
    out.put(o.frozenYesterday); out.put(o.closeTodayFirst);
}

void getOrder(In& in, OrderState& o)
{
    in.get(o.order); in.get(o.account); in.get(o.market); in.get(o.isBuy); in.get(o.isOpen);
    in.get(o.priceTicks); in.get(o.remaining); in.get(o.queueAhead); in.get(o.arrival);
    in.get(o.frozenMarginPerLot); in.get(o.frozenCommissionPerLot); in.get(o.frozenToday);
    in.get(o.frozenYesterday); in.get(o.closeTodayFirst);
}

void putLevels(Out& out, const std::vector<Level>& levels)
{
    out.count(levels.size());
    for (const auto& level : levels)
    {
        out.put(level);
    }
}

void getLevels(In& in, std::vector<Level>& levels)
{
    levels.resize(in.count());
    for (auto& level : levels)
    {
        in.get(level);
    }
}

void putMarket(Out& out, const Market& m, const std::unordered_map<const OrderState*, uint32_t>& orderIndex)
{
    out.put(m.config.id); out.put(m.random.state());
    out.put(m.preSettlement); out.put(m.upperLimit); out.put(m.lowerLimit); out.put(m.bid); out.put(m.spread);
    out.put(m.last); out.put(m.open); out.put(m.high); out.put(m.low); out.put(m.volume); out.put(m.turnover);
    out.put(m.openInterest); out.put(m.preOpenInterest); out.put(m.lastTradeVolume);
    putLevels(out, m.bids);
    putLevels(out, m.asks);
    out.count(m.resting.size());
    for (const OrderState* o : m.resting)
    {
        out.put(orderIndex.at(o));
    }
    out.put(m.time.date); out.put(m.time.ms); out.put(m.traded);
    out.put(m.injected); out.put(m.recordedVolume); out.put(m.recorded);
}

bool getMarket(In& in, Market& m, const SimConfig& config, const std::vector<std::unique_ptr<OrderState>>& orders)
{
    const InstrumentConfig* instrument = findInstrument(config, in.string());
    if (instrument == nullptr)
    {
        return false;
    }
    m.config = *instrument;
    m.random.restore(in.get<uint64_t>());
    in.get(m.preSettlement); in.get(m.upperLimit); in.get(m.lowerLimit); in.get(m.bid); in.get(m.spread);
    in.get(m.last); in.get(m.open); in.get(m.high); in.get(m.low); in.get(m.volume); in.get(m.turnover);
    in.get(m.openInterest); in.get(m.preOpenInterest); in.get(m.lastTradeVolume);
    getLevels(in, m.bids);
    getLevels(in, m.asks);
    const uint32_t resting = in.count();
    for (uint32_t i = 0; i < resting && in.ok(); i++)
    {
        const uint32_t index = in.get<uint32_t>();
        if (index >= orders.size())
        {
            return false;
        }
        m.resting.push_back(orders[index].get());
    }
    in.get(m.time.date); in.get(m.time.ms); in.get(m.traded);
    in.get(m.injected); in.get(m.recordedVolume); in.get(m.recorded);
    return in.ok();
}

void putMessage(Out& out, const PrivateMessage& message)
{
    out.put(static_cast<uint8_t>(message.index()));
    std::visit([&out](const auto& body) { out.put(body); }, message);
}

bool getMessage(In& in, PrivateMessage& message)
{
    switch (in.get<uint8_t>())
    {
        case 0: message = in.get<CThostFtdcOrderField>(); return true;
        case 1: message = in.get<CThostFtdcTradeField>(); return true;
        case 2: message = in.get<ErrOrderInsert>(); return true;
        case 3: message = in.get<ErrOrderAction>(); return true;
        default: return false;
    }
}


std::string orderRecord(const OrderState& o)
{
    Out out;
    putOrder(out, o);
    return std::move(out.bytes);
}

// Writes `bytes` to a new owner-only file (replacing one that exists).
bool writeFile(const std::string& file, const std::string& bytes, std::string& error)
{
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
    {
        error = "cannot write " + file + ": " + std::strerror(errno);
        return false;
    }
    std::size_t done = 0;
    while (done < bytes.size())
    {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n <= 0)
        {
            error = "cannot write " + file + ": " + std::strerror(errno);
            ::close(fd);
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    ::close(fd);
    return true;
}

bool readFile(const std::string& file, std::string& bytes)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
    {
        return false;
    }
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return true;
}

// The decoded day, applied to Core only when all of it read cleanly.
struct Decoded
{
    SimConfig config;
    SimTime clock;
    int nextSessionId = 0;
    int64_t nextOrderSysId = 0, nextTradeId = 0, nextLocalId = 0;
    int nextSequenceNo = 0;
    uint64_t nextArrival = 0, dayEpoch = 0;
    uint64_t orderBytes = 0, tradeBytes = 0, topicBytes = 0;
    std::vector<std::unique_ptr<OrderState>> orders;
    std::vector<Market> markets;
    std::map<std::string, Account> accounts;
    std::vector<TradeRecord> trades;
    std::map<std::string, std::vector<PrivateMessage>> topics;
};

void putAccounts(Out& out, const std::map<std::string, Account>& accounts)
{
    out.count(accounts.size());
    for (const auto& [key, a] : accounts)
    {
        out.put(key);
        out.put(a.config.broker); out.put(a.config.user); out.put(std::string()); out.put(a.config.appId);
        out.put(std::string()); out.put(a.config.funds);
        out.put(a.preBalance); out.put(a.closeProfit); out.put(a.commission); out.put(a.frozenMargin);
        out.put(a.frozenCommission); out.put(a.settlementConfirmed);
        out.count(a.positions.size());
        for (const auto& [instrument, position] : a.positions)
        {
            out.put(instrument);
            out.put(position);
        }
    }
}

void getAccounts(In& in, std::map<std::string, Account>& accounts)
{
    const uint32_t n = in.count();
    for (uint32_t i = 0; i < n && in.ok(); i++)
    {
        const std::string key = in.string();
        Account& a = accounts[key];
        in.get(a.config.broker); in.get(a.config.user); in.get(a.config.password); in.get(a.config.appId);
        in.get(a.config.authCode); in.get(a.config.funds);
        in.get(a.preBalance); in.get(a.closeProfit); in.get(a.commission); in.get(a.frozenMargin);
        in.get(a.frozenCommission); in.get(a.settlementConfirmed);
        const uint32_t positions = in.count();
        for (uint32_t p = 0; p < positions && in.ok(); p++)
        {
            const std::string instrument = in.string();
            a.positions[instrument] = in.get<Position>();
        }
    }
}

// Reads a log's first `length` bytes: records until the end. False when the log is shorter or a record is damaged.
template <typename ReadRecord> bool readLog(const std::string& file, uint64_t length, ReadRecord readRecord)
{
    std::string bytes;
    if (!readFile(file, bytes) && length > 0)
    {
        return false;
    }
    if (bytes.size() < length)
    {
        return false;
    }
    bytes.resize(length);
    In in(bytes);
    while (in.ok() && !in.atEnd())
    {
        if (!readRecord(in))
        {
            return false;
        }
    }
    return in.ok();
}

bool decode(const std::string& snapshot, const std::string& directory, Decoded& d, std::string& error)
{
    if (snapshot.compare(0, sizeof kMagic - 1, kMagic) != 0)
    {
        error = "not a ctp-sim state file";
        return false;
    }
    const std::string body = snapshot.substr(sizeof kMagic - 1);
    In in(body);
    Out layout;
    putLayout(layout);
    for (std::size_t i = 0; i < layout.bytes.size() / sizeof(uint32_t); i++)
    {
        uint32_t expected;
        std::memcpy(&expected, layout.bytes.data() + i * sizeof expected, sizeof expected);
        if (in.get<uint32_t>() != expected)
        {
            error = "written by a simulator of another ABI profile (struct sizes differ)";
            return false;
        }
    }
    getConfig(in, d.config);
    in.get(d.clock.date); in.get(d.clock.ms);
    in.get(d.nextSessionId); in.get(d.nextOrderSysId); in.get(d.nextTradeId); in.get(d.nextLocalId);
    in.get(d.nextSequenceNo); in.get(d.nextArrival); in.get(d.dayEpoch);
    in.get(d.orderBytes); in.get(d.tradeBytes); in.get(d.topicBytes);
    const uint32_t orders = in.count();
    const uint32_t trades = in.count();
    if (!in.ok())
    {
        error = "damaged: truncated";
        return false;
    }
    const bool ordersRead = readLog(directory + "/ctpsim-orders.log", d.orderBytes, [&d](In& log)
    {
        const uint32_t index = log.get<uint32_t>();
        auto o = std::make_unique<OrderState>();
        getOrder(log, *o);
        if (index > d.orders.size())
        {
            return false;
        }
        if (index == d.orders.size())
        {
            d.orders.push_back(std::move(o));
        }
        else
        {
            *d.orders[index] = *o;
        }
        return true;
    });
    const bool tradesRead = readLog(directory + "/ctpsim-trades.log", d.tradeBytes, [&d](In& log)
    {
        TradeRecord t;
        log.get(t.account);
        log.get(t.trade);
        d.trades.push_back(t);
        return true;
    });
    const bool topicsRead = readLog(directory + "/ctpsim-topics.log", d.topicBytes, [&d](In& log)
    {
        const std::string key = log.string();
        PrivateMessage message;
        if (!getMessage(log, message))
        {
            return false;
        }
        d.topics[key].push_back(message);
        return true;
    });
    if (!ordersRead || !tradesRead || !topicsRead || d.orders.size() != orders || d.trades.size() != trades)
    {
        error = "damaged: a log is shorter than its snapshot says, or holds a bad record";
        return false;
    }
    const uint32_t markets = in.count();
    for (uint32_t i = 0; i < markets && in.ok(); i++)
    {
        Market m;
        if (!getMarket(in, m, d.config, d.orders))
        {
            error = "damaged: market " + std::to_string(i);
            return false;
        }
        d.markets.push_back(std::move(m));
    }
    getAccounts(in, d.accounts);
    if (!in.ok() || !in.atEnd())
    {
        error = "damaged: truncated or with trailing bytes";
        return false;
    }
    return true;
}
}

StateStore::StateStore(std::string directory) : directory_(std::move(directory))
{
}

StateStore::~StateStore()
{
    for (Log* log : {&orders_, &trades_, &topics_})
    {
        if (log->fd >= 0)
        {
            ::close(log->fd);
        }
    }
}

std::string StateStore::path(const char* name) const
{
    return directory_ + "/" + name;
}

void StateStore::clear()
{
    fresh_ = true;
}

bool StateStore::openLogs(const bool truncate, std::string& error)
{
    // Owner-only: the state holds the account's orders, trades and positions.
    if (::mkdir(directory_.c_str(), 0700) != 0 && errno != EEXIST)
    {
        error = "cannot create " + directory_ + ": " + std::strerror(errno);
        return false;
    }
    for (Log* log : {&orders_, &trades_, &topics_})
    {
        if (log->fd < 0)
        {
            log->fd = ::open(path(log->name).c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
            if (log->fd < 0 || ::fchmod(log->fd, 0600) != 0) // a log an older build left readable becomes private too
            {
                error = "cannot open " + path(log->name) + ": " + std::strerror(errno);
                return false;
            }
        }
        if (truncate)
        {
            log->bytes = 0;
        }
        // What lies beyond the saved length belongs to no snapshot (a save cut short): it goes.
        if (::ftruncate(log->fd, static_cast<off_t>(log->bytes)) != 0)
        {
            error = "cannot truncate " + path(log->name) + ": " + std::strerror(errno);
            return false;
        }
    }
    return true;
}

bool StateStore::append(Log& log, const std::string& bytes, std::string& error)
{
    std::size_t done = 0;
    while (done < bytes.size())
    {
        const ssize_t n = ::pwrite(log.fd, bytes.data() + done, bytes.size() - done, static_cast<off_t>(log.bytes + done));
        if (n <= 0)
        {
            error = "cannot write " + path(log.name) + ": " + std::strerror(errno);
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    log.bytes += bytes.size();
    return true;
}

bool StateStore::save(const Core& core, std::string& error)
{
    if (fresh_)
    {
        savedOrders_.clear();
        finished_.clear();
        savedTrades_ = 0;
        savedMessages_.clear();
        if (!openLogs(true, error))
        {
            return false;
        }
        fresh_ = false;
    }
    Out orders;
    std::unordered_map<const OrderState*, uint32_t> orderIndex;
    for (std::size_t i = 0; i < core.orders.size(); i++)
    {
        const OrderState& o = *core.orders[i];
        orderIndex[&o] = static_cast<uint32_t>(i);
        if (i < finished_.size() && finished_[i])
        {
            continue; // finished orders never change again
        }
        std::string record = orderRecord(o);
        if (i >= savedOrders_.size())
        {
            savedOrders_.emplace_back();
            finished_.push_back(false);
        }
        if (record != savedOrders_[i])
        {
            orders.put(static_cast<uint32_t>(i));
            orders.bytes.append(record);
            savedOrders_[i] = std::move(record);
        }
        if (isFinished(o.order))
        {
            finished_[i] = true;
            std::string().swap(savedOrders_[i]);
        }
    }
    Out trades;
    for (; savedTrades_ < core.trades.size(); savedTrades_++)
    {
        trades.put(core.trades[savedTrades_].account);
        trades.put(core.trades[savedTrades_].trade);
    }
    Out topics;
    for (const auto& [key, topic] : core.topics)
    {
        std::size_t& saved = savedMessages_[key];
        for (; saved < topic.size(); saved++)
        {
            topics.put(key);
            putMessage(topics, topic[saved]);
        }
    }
    if (!append(orders_, orders.bytes, error) || !append(trades_, trades.bytes, error) ||
        !append(topics_, topics.bytes, error))
    {
        return false;
    }
    Out out;
    out.bytes.append(kMagic);
    putLayout(out);
    putConfig(out, core.config);
    out.put(core.clock.date); out.put(core.clock.ms);
    out.put(core.nextSessionId); out.put(core.nextOrderSysId); out.put(core.nextTradeId); out.put(core.nextLocalId);
    out.put(core.nextSequenceNo); out.put(core.nextArrival); out.put(core.dayEpoch);
    out.put(orders_.bytes); out.put(trades_.bytes); out.put(topics_.bytes);
    out.count(core.orders.size());
    out.count(core.trades.size());
    out.count(core.markets.size());
    for (const auto& m : core.markets)
    {
        putMarket(out, m, orderIndex);
    }
    putAccounts(out, core.accounts);
    const std::string file = path(kStateFileName);
    const std::string temporary = file + ".tmp";
    if (!writeFile(temporary, out.bytes, error))
    {
        return false;
    }
    if (std::rename(temporary.c_str(), file.c_str()) != 0)
    {
        error = "cannot rename " + temporary + ": " + std::strerror(errno);
        return false;
    }
    return true;
}

bool StateStore::load(Core& core, std::string& error)
{
    std::string snapshot;
    if (!readFile(path(kStateFileName), snapshot))
    {
        error.clear();
        return false;
    }
    Decoded d;
    if (!decode(snapshot, directory_, d, error))
    {
        error = path(kStateFileName) + ": " + error;
        return false;
    }
    orders_.bytes = d.orderBytes;
    trades_.bytes = d.tradeBytes;
    topics_.bytes = d.topicBytes;
    if (!openLogs(false, error))
    {
        return false;
    }
    savedOrders_.clear();
    finished_.clear();
    for (const auto& o : d.orders)
    {
        const bool finished = isFinished(o->order);
        savedOrders_.push_back(finished ? std::string() : orderRecord(*o));
        finished_.push_back(finished);
    }
    savedTrades_ = d.trades.size();
    savedMessages_.clear();
    for (const auto& [key, topic] : d.topics)
    {
        savedMessages_[key] = topic.size();
    }
    fresh_ = false;
    for (auto& account : d.config.accounts)
    {
        restoreSecrets(core.config.accounts, account);
    }
    for (auto& [key, account] : d.accounts)
    {
        restoreSecrets(core.config.accounts, account.config);
    }
    keepRuntimeSettings(core.config, d.config);
    core.config = std::move(d.config);
    core.clock = d.clock;
    core.nextSessionId = d.nextSessionId;
    core.nextOrderSysId = d.nextOrderSysId;
    core.nextTradeId = d.nextTradeId;
    core.nextLocalId = d.nextLocalId;
    core.nextSequenceNo = d.nextSequenceNo;
    core.nextArrival = d.nextArrival;
    core.dayEpoch = d.dayEpoch;
    core.orders = std::move(d.orders);
    core.markets = std::move(d.markets);
    core.accounts = std::move(d.accounts);
    core.trades = std::move(d.trades);
    core.topics = std::move(d.topics);
    return true;
}
}
