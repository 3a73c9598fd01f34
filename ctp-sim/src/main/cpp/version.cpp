#include "version.h"

#include <mutex>
#include <string>

#include "core.h"

#ifndef CTPSIM_PROFILE
#error "CTPSIM_PROFILE (the ABI profile id) must be defined by the build"
#endif

namespace ctpsim
{
namespace
{
// SFIT's build stamps for the versions whose text is known; others get a stamp of the same shape.
std::string sfitVersion(const std::string& id)
{
    if (id == "6.7.8")
    {
        return "v6.7.8_20240918 14:34:34.8082";
    }
    if (id == "6.6.1_P1")
    {
        return "v6.6.1_P1_20210406  9:27:14";
    }
    return "v" + id + "_20000101 00:00:00";
}

// openctp's TTS 6.6.x style: "V6_6_1_P1".
std::string ttsVersion(const std::string& id)
{
    std::string text = "V" + id;
    for (char& c : text)
    {
        c = c == '.' ? '_' : c;
    }
    return text;
}
}

const char* simVersion()
{
    return "ctp-sim 0.1.0 profile=" CTPSIM_PROFILE;
}

const char* reportedVersion()
{
    static const std::string sfit = sfitVersion(CTPSIM_PROFILE);
    static const std::string tts = ttsVersion(CTPSIM_PROFILE);
    static std::string text; // version_text: replaced only when the configured text changes
    Core& core = Core::get();
    std::lock_guard<std::mutex> lock(core.mutex);
    switch (core.config.versionStyle)
    {
        case VersionStyle::Sfit: return sfit.c_str();
        case VersionStyle::Tts: return tts.c_str();
        case VersionStyle::Plain: return CTPSIM_PROFILE;
        case VersionStyle::Text:
            if (text != core.config.versionText)
            {
                text = core.config.versionText;
            }
            return text.c_str();
        case VersionStyle::Sim: break;
    }
    return simVersion();
}
}
