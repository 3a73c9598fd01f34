// What GetApiVersion() reports: the simulator's own text, which declares the ABI profile ("profile=<id>"), or one of
// the styles real libraries use (configuration "version_style" / "version_text", or CTPSIM_VERSION_STYLE at load),
// so that a client's version recognition can be tested end to end. ctpsim_profile() always names the profile.
#pragma once

namespace ctpsim
{
// "ctp-sim 0.1.0 profile=<id>", whatever the configured style.
const char* simVersion();

// The text of the configured style; stable until the style changes.
const char* reportedVersion();
}
