// Seeded generator for the market data: SplitMix64, tiny and fully deterministic across platforms.
#pragma once

#include <cstdint>
#include <string>

namespace ctpsim
{
class Random
{
public:
    explicit Random(uint64_t seed = 0) : state_(seed) {}

    uint64_t next()
    {
        uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, bound).
    int below(int bound) { return static_cast<int>(next() % static_cast<uint64_t>(bound)); }

    // Uniform in [low, high].
    int between(int low, int high) { return low + below(high - low + 1); }

    // The whole generator state, for the simulator's state file.
    uint64_t state() const { return state_; }
    void restore(uint64_t state) { state_ = state; }

private:
    uint64_t state_;
};

// FNV-1a, so that each instrument's stream depends on the seed and its own ID only (not on the set's order).
inline uint64_t hashOf(const std::string& text)
{
    uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : text)
    {
        h = (h ^ c) * 1099511628211ULL;
    }
    return h;
}
}
