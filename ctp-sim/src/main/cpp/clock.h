// CLOCK_MONOTONIC nanoseconds: every delay, rate window and burst timestamp uses it.
#pragma once

#include <cstdint>
#include <ctime>

namespace ctpsim
{
inline int64_t monotonicNs()
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<int64_t>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

constexpr int64_t kNsPerMs = 1000000LL;
}
