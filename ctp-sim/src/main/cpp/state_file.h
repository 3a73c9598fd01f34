// The counter's state on disk, so that a simulator in a new process (the client's JVM was killed and started
// again) finds the same counter, as a real one keeps running while its clients come and go: configuration,
// markets, accounts, positions, orders, trades, identifier sequences and every investor's private topic.
//
// Saved after every change, in two parts so that a save costs what changed, not the whole day: what grows with
// the day is appended to logs (a record per order each time it changes, per trade, per private-topic message),
// and the rest (configuration, clock, sequences, markets, accounts, and how many log bytes belong to the state)
// is written to a snapshot file renamed over the last one. A reader sees the old snapshot or the new, never half
// of one; log bytes past the snapshot's lengths (a save cut short by a kill) are ignored and truncated. No fsync:
// the page cache outlives a killed process.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace ctpsim
{
class Core;

// The snapshot file inside the state directory; the logs sit beside it.
constexpr const char* kStateFileName = "ctpsim-state.bin";

class StateStore
{
public:
    explicit StateStore(std::string directory);
    ~StateStore();

    StateStore(const StateStore&) = delete;
    StateStore& operator=(const StateStore&) = delete;

    // Replaces `core`'s day with the saved one. False when there is none (error empty) or it cannot be used
    // (error says why: another ABI profile's layouts, a damaged file); `core` is then unchanged.
    bool load(Core& core, std::string& error);

    // Forgets what was saved: the next save writes the whole (new) day.
    void clear();

    // Saves what changed since the last save. Under Core::mutex.
    bool save(const Core& core, std::string& error);

private:
    struct Log
    {
        const char* name;
        int fd = -1;
        uint64_t bytes = 0;
    };

    bool openLogs(bool truncate, std::string& error);
    bool append(Log& log, const std::string& bytes, std::string& error);
    std::string path(const char* name) const;

    std::string directory_;
    Log orders_{"ctpsim-orders.log"};
    Log trades_{"ctpsim-trades.log"};
    Log topics_{"ctpsim-topics.log"};
    std::vector<std::string> savedOrders_;   // each order's last saved record; emptied once it can change no more
    std::vector<bool> finished_;
    std::size_t savedTrades_ = 0;
    std::map<std::string, std::size_t> savedMessages_;
    bool fresh_ = true;                      // nothing saved yet: the logs start empty
};
}
