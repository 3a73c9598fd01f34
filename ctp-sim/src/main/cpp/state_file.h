// The counter's state on disk, so that a simulator in a new process (the client's JVM was killed and started
// again) finds the same counter, as a real one keeps running while its clients come and go: configuration,
// markets, accounts, positions, orders, trades, identifier sequences and every investor's private topic.
// Written whole after every change, to a temporary file renamed over the last one: a reader sees the old
// state or the new, never half of one. No fsync: the page cache outlives a killed process.
#pragma once

#include <string>

namespace ctpsim
{
class Core;

// The file inside the state directory.
constexpr const char* kStateFileName = "ctpsim-state.bin";

// Writes `core`'s state to `directory` (created if missing). False with a reason on failure. Under Core::mutex.
bool saveState(const Core& core, const std::string& directory, std::string& error);

// Replaces `core`'s day with the state saved in `directory`. False when there is none (error empty) or it
// cannot be used (error says why: another profile's layouts, a damaged file); the day is then unchanged.
// Under Core::mutex.
bool loadState(Core& core, const std::string& directory, std::string& error);
}
