// Where one trader API instance is in its investor's private topic, kept in the instance's flow directory as
// CTP keeps its own flow files there, so that a new instance on the same directory resumes where the last one
// stopped (THOST_TERT_RESUME). Thread-safe: advanced on the callback thread, read under Core::mutex at login.
#pragma once

#include <cstdint>
#include <mutex>
#include <string>

namespace ctpsim
{
class PrivateCursor
{
public:
    // The file name inside the flow directory; the simulator's own, so that it never reads SFIT's flow files.
    static constexpr const char* kFileName = "ctpsim-private.con";

    // Loads the cursor of `flowPath` (the prefix CreateFtdcTraderApi got, normally a directory ending in '/').
    // Without a usable file the cursor lives in memory only.
    explicit PrivateCursor(const std::string& flowPath);
    ~PrivateCursor();

    PrivateCursor(const PrivateCursor&) = delete;
    PrivateCursor& operator=(const PrivateCursor&) = delete;

    // Messages of `account`'s topic of the simulated day `dayEpoch` already received; 0 when the cursor
    // belongs to another day or investor (nothing of this topic has been seen).
    uint64_t received(uint64_t dayEpoch, const std::string& account) const;

    // Records, and writes through to the file, that the first `count` messages have been received.
    void advance(uint64_t dayEpoch, const std::string& account, uint64_t count);

private:
    mutable std::mutex mutex_;
    int fd_ = -1;
    uint64_t dayEpoch_ = 0;
    std::string account_;
    uint64_t count_ = 0;
};
}
