package org.ctpengine.engine.time;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class ExchangeTimeTest
{
    private static long cst(final String localDateTime)
    {
        return LocalDateTime.parse(localDateTime).toInstant(ZoneOffset.ofHours(8)).toEpochMilli() * 1_000_000L;
    }

    @Test
    void dceNightTickStampedWithNextTradingDayGetsItsCalendarDate()
    {
        // Friday 2026-11-20 21:30:05.500 night session; DCE puts Monday's trading day 20261123 in ActionDay.
        final long received = cst("2026-11-20T21:30:05.512");

        final long time = ExchangeTime.tickEpochNanos(Exchange.DCE, 20261123, 21 * 3600 + 30 * 60 + 5, 500, received);

        assertThat(time).isEqualTo(cst("2026-11-20T21:30:05.500"));
    }

    @Test
    void czceTickAfterMidnightBelongsToTheNextCalendarDay()
    {
        final long received = cst("2026-11-21T00:15:00.020");

        final long time = ExchangeTime.tickEpochNanos(Exchange.CZCE, 20261123, 15 * 60, 0, received);

        assertThat(time).isEqualTo(cst("2026-11-21T00:15:00"));
    }

    @Test
    void shfeUsesActionDayAsIs()
    {
        final long time = ExchangeTime.tickEpochNanos(Exchange.SHFE, 20261120, 23 * 3600, 250, cst("2026-11-21T01:00:00"));

        assertThat(time).isEqualTo(cst("2026-11-20T23:00:00.250"));
    }

    @Test
    void nightTicksAcrossMidnightNeverGoBackwards()
    {
        long previous = Long.MIN_VALUE;
        for (int second = 23 * 3600 + 59 * 60 + 55; second < 23 * 3600 + 59 * 60 + 60 + 5; second++)
        {
            final int secondOfDay = second % 86_400;
            final long received = cst("2026-11-20T00:00:00") + (long)second * 1_000_000_000L;
            final long time = ExchangeTime.tickEpochNanos(Exchange.DCE, 20261123, secondOfDay, 0, received);
            assertThat(time).isGreaterThan(previous);
            previous = time;
        }
    }

    @Test
    void epochDayMatchesJavaTime()
    {
        for (final String date : new String[] { "19700101", "20000229", "20261124", "21001231", "19691231" })
        {
            final LocalDate expected = LocalDate.of(
                Integer.parseInt(date.substring(0, 4)), Integer.parseInt(date.substring(4, 6)), Integer.parseInt(date.substring(6)));
            assertThat(ExchangeTime.epochDay(Integer.parseInt(date))).as(date).isEqualTo(expected.toEpochDay());
        }
    }

    @Test
    void parsesTextFieldsAndRejectsMalformedOnes()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[32]);
        buffer.putBytes(0, "20261124".getBytes(StandardCharsets.US_ASCII));
        buffer.putBytes(10, "21:05:09".getBytes(StandardCharsets.US_ASCII));
        buffer.putBytes(20, "2026112".getBytes(StandardCharsets.US_ASCII));

        assertThat(ExchangeTime.parseYyyymmdd(buffer, 0)).isEqualTo(20261124);
        assertThat(ExchangeTime.parseSecondOfDay(buffer, 10)).isEqualTo(21 * 3600 + 5 * 60 + 9);
        assertThat(ExchangeTime.parseYyyymmdd(buffer, 20)).isEqualTo(-1);
        assertThat(ExchangeTime.parseSecondOfDay(buffer, 0)).isEqualTo(-1);
        assertThat(Exchange.fromId("CZCE")).isEqualTo(Exchange.CZCE);
        assertThat(Exchange.fromId("")).isEqualTo(Exchange.UNKNOWN);
    }
}
