package org.ctpengine.journal.recovery;

import org.ctpengine.journal.Journal;

/**
 * The journal's day of an instant: the day that runs from one daily roll ({@link Journal#ROLL_TIME_UTC}, 17:00
 * China time) to the next, so that it matches the futures trading day (a night session belongs to the next one).
 * Two instants with the same key are in the same journal file and the same trading day.
 */
final class JournalDay
{
    private static final long SECONDS_PER_DAY = 86_400;
    private static final long ROLL_SECOND = Journal.ROLL_TIME_UTC.toSecondOfDay();

    private JournalDay()
    {
    }

    static long of(final long epochNanos)
    {
        return Math.floorDiv(Math.floorDiv(epochNanos, 1_000_000_000L) - ROLL_SECOND, SECONDS_PER_DAY);
    }
}
