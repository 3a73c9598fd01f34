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
constexpr int64_t kNsPerSecond = 1000000000LL;

// When the i-th event (from 0) of a stream paced at `perSecond` is due. Computed from i, not by adding an
// interval to the last send, so that rounding and late sends never shift the rate.
inline int64_t plannedSendNs(int64_t startNs, int i, int perSecond)
{
    return startNs + static_cast<int64_t>(i) * kNsPerSecond / perSecond;
}

inline void cpuRelax()
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause(); // tells the core we spin: less power, and the sibling hyperthread gets the pipeline
#elif defined(__aarch64__)
    asm volatile("yield");
#endif
}

// Waits until CLOCK_MONOTONIC reaches `dueNs`, to within the clock's resolution. Spins: nanosleep wakes tens of
// microseconds late (timer slack, scheduler), more than the gap between ticks at 100k/s. Only a wait long enough
// for that not to matter sleeps, and then only up to a margin before the deadline, spinning the rest.
inline void spinUntil(int64_t dueNs)
{
    constexpr int64_t kSleepAboveNs = 2 * kNsPerMs;
    constexpr int64_t kSpinMarginNs = kNsPerMs;
    for (int64_t now = monotonicNs(); now < dueNs; now = monotonicNs())
    {
        if (dueNs - now > kSleepAboveNs)
        {
            const int64_t sleepNs = dueNs - now - kSpinMarginNs;
            const timespec pause{static_cast<time_t>(sleepNs / kNsPerSecond), static_cast<long>(sleepNs % kNsPerSecond)};
            nanosleep(&pause, nullptr);
        }
        else
        {
            cpuRelax();
        }
    }
}
}
