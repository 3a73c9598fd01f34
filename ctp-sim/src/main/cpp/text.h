// Fixed-size char fields as CTP uses them: NUL-terminated, truncated to fit, never overflowing.
#pragma once

#include <cstdio>
#include <cstring>
#include <string>

namespace ctpsim
{
template <std::size_t N>
inline void put(char (&field)[N], const char* text)
{
    const std::size_t n = strnlen(text, N - 1);
    std::memcpy(field, text, n);
    field[n] = '\0';
}

template <std::size_t N>
inline void put(char (&field)[N], const std::string& text)
{
    put(field, text.c_str());
}

// A field read as a string, stopping at NUL or at the end of the field (senders may fill all N bytes).
template <std::size_t N>
inline std::string get(const char (&field)[N])
{
    return std::string(field, strnlen(field, N));
}

template <std::size_t N>
inline void putInt(char (&field)[N], long long value)
{
    put(field, std::to_string(value));
}

// HH:MM:SS of milliseconds since midnight.
inline std::string timeOfDay(long long ms)
{
    char text[32];
    const long long s = ms / 1000;
    std::snprintf(text, sizeof text, "%02lld:%02lld:%02lld", s / 3600 % 24, s / 60 % 60, s % 60);
    return text;
}

// Exchange identifiers (OrderSysID, TradeID) come right-aligned in a 12-character field, as CTP delivers them.
template <std::size_t N>
inline void putPadded(char (&field)[N], long long value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%12lld", value);
    put(field, text);
}
}
