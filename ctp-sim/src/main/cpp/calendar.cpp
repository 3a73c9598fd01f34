#include "calendar.h"

namespace ctpsim
{
namespace
{
// The exchange holidays in force (Core's configuration; read and replaced under Core::mutex).
std::set<int> holidays;

constexpr int64_t kMinute = 60 * 1000;
constexpr int64_t kDay = 24 * 60 * kMinute;

// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
int64_t daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const int64_t yoe = y - era * 400;
    const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int civilFromDays(int64_t z)
{
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int64_t doe = z - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int y = static_cast<int>(yoe + era * 400 + (m <= 2));
    return y * 10000 + m * 100 + d;
}

int64_t toDays(int yyyymmdd)
{
    return daysFromCivil(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
}

bool within(int64_t ms, int fromMinute, int toMinute)
{
    return ms >= fromMinute * kMinute && ms < toMinute * kMinute;
}

bool nightSession(const InstrumentConfig& c, SimTime t)
{
    if (c.nightEndMinute < 0)
    {
        return false;
    }
    // Evening part: business days' evenings (Friday's night session belongs to Monday), none before a holiday.
    if (hasNightSession(t.date) && within(t.ms, 21 * 60, c.nightEndMinute < 24 * 60 ? c.nightEndMinute : 24 * 60))
    {
        return true;
    }
    // After midnight: the rest of the previous evening's session.
    return c.nightEndMinute > 24 * 60 && hasNightSession(addDays(t.date, -1)) && within(t.ms, 0, c.nightEndMinute - 24 * 60);
}
}

int addDays(int yyyymmdd, int days)
{
    return civilFromDays(toDays(yyyymmdd) + days);
}

int weekday(int yyyymmdd)
{
    // 1970-01-01 was a Thursday (3 with Monday = 0).
    const int64_t days = toDays(yyyymmdd);
    return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

void setHolidays(const std::set<int>& days)
{
    holidays = days;
}

bool isBusinessDay(int yyyymmdd)
{
    return weekday(yyyymmdd) < 5 && holidays.count(yyyymmdd) == 0;
}

bool hasNightSession(int yyyymmdd)
{
    if (!isBusinessDay(yyyymmdd))
    {
        return false;
    }
    // Only weekends may lie between this day and the next business day: the exchanges hold no night session
    // before a holiday.
    const int next = nextBusinessDay(yyyymmdd);
    for (int d = addDays(yyyymmdd, 1); d < next; d = addDays(d, 1))
    {
        if (weekday(d) < 5)
        {
            return false;
        }
    }
    return true;
}

int nextBusinessDay(int yyyymmdd)
{
    int d = addDays(yyyymmdd, 1);
    while (!isBusinessDay(d))
    {
        d = addDays(d, 1);
    }
    return d;
}

SimTime advance(SimTime t, int64_t ms)
{
    t.ms += ms;
    while (t.ms >= kDay)
    {
        t.ms -= kDay;
        t.date = addDays(t.date, 1);
    }
    return t;
}

int tradingDay(SimTime t)
{
    if (t.ms >= 18 * 60 * kMinute)
    {
        return nextBusinessDay(t.date);
    }
    if (t.ms < 6 * 60 * kMinute && !isBusinessDay(t.date))
    {
        return nextBusinessDay(t.date);
    }
    return isBusinessDay(t.date) ? t.date : nextBusinessDay(t.date);
}

bool inSession(const InstrumentConfig& c, SimTime t)
{
    if (nightSession(c, t))
    {
        return true;
    }
    if (!isBusinessDay(t.date))
    {
        return false;
    }
    if (c.financialHours)
    {
        return within(t.ms, 9 * 60 + 30, 11 * 60 + 30) || within(t.ms, 13 * 60, 15 * 60);
    }
    return within(t.ms, 9 * 60, 10 * 60 + 15) || within(t.ms, 10 * 60 + 30, 11 * 60 + 30) ||
           within(t.ms, 13 * 60 + 30, 15 * 60);
}

SimTime nextOpen(const std::vector<InstrumentConfig>& instruments, SimTime t)
{
    // Sessions start on whole minutes; scanning minute by minute is cheap and obviously right. Days on which nothing
    // can trade (weekends and holidays, with no night session running into them) are skipped whole, so that a long
    // holiday is crossed in a few steps.
    SimTime probe = t;
    for (int i = 0; i <= 40 * 24 * 60; i++)
    {
        if (!isBusinessDay(probe.date) && !hasNightSession(addDays(probe.date, -1)))
        {
            probe = SimTime{addDays(probe.date, 1), 0};
            continue;
        }
        for (const auto& c : instruments)
        {
            if (inSession(c, probe))
            {
                return probe;
            }
        }
        const int64_t next = (probe.ms / kMinute + 1) * kMinute;
        probe = advance(probe, next - probe.ms);
    }
    return t; // no instrument ever trades: leave the clock alone
}

int reportedTradingDay(const InstrumentConfig& c, SimTime t)
{
    if (c.exchange == "CZCE" && nightSession(c, t))
    {
        return t.date;
    }
    return tradingDay(t);
}

int reportedActionDay(const InstrumentConfig& c, SimTime t)
{
    if (c.exchange == "DCE" && nightSession(c, t))
    {
        return tradingDay(t);
    }
    return t.date;
}
}
