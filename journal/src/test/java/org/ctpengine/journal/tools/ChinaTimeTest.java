package org.ctpengine.journal.tools;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChinaTimeTest
{
    /** 2026-03-02 20:55:00 China time, a night session's start. */
    private static final long EVENING = ChinaTime.parse("2026-03-02T20:55:00");

    @Test
    void aTimeOfDayIsItsFirstOccurrenceAtOrAfterTheAnchor()
    {
        assertThat(ChinaTime.format(ChinaTime.parse("21:00", EVENING))).isEqualTo("2026-03-02 21:00:00.000000");
        assertThat(ChinaTime.format(ChinaTime.parse("01:00", EVENING))).isEqualTo("2026-03-03 01:00:00.000000");
        assertThat(ChinaTime.format(ChinaTime.parse("9:30:15.25", EVENING))).isEqualTo("2026-03-03 09:30:15.250000");
        assertThat(ChinaTime.parse("20:55", EVENING)).isEqualTo(EVENING);
    }

    @Test
    void fullDateTimesIgnoreTheAnchor()
    {
        assertThat(ChinaTime.parse("2026-03-01T10:00:00", EVENING)).isEqualTo(ChinaTime.parse("2026-03-01T10:00:00"));
    }

    @Test
    void anUnreadableTimeOfDayNamesItself()
    {
        assertThatThrownBy(() -> ChinaTime.parse("25:00", EVENING)).hasMessageContaining("'25:00'");
    }
}
