package org.ctpengine.journal.tools;

import org.ctpengine.adapter.abi.ApiTable;
import org.ctpengine.adapter.struct.DepthMarketDataFlyweight;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventSource;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.JournalWriter;
import org.ctpengine.journal.TestEvents;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Journals of hand-made ticks laid out as the engine records them (profile 6.7.8), for the bar and import tests. */
final class TickJournals
{
    /** One tick: exchange-local time {@code 2026-11-23T10:14:59.500} (ActionDay its date unless given). */
    record T(String instrument, String exchange, String time, int actionDay, double last, int volume, double turnover,
        double openInterest)
    {
        static T of(final String instrument, final String exchange, final String time, final double last, final int volume)
        {
            return new T(instrument, exchange, time, -1, last, volume, last * volume * 10, 1000 + volume);
        }

        LocalDateTime local()
        {
            return LocalDateTime.parse(time);
        }

        long epochNanos()
        {
            return local().toInstant(ZoneOffset.ofHours(8)).toEpochMilli() * 1_000_000L;
        }
    }

    private TickJournals()
    {
    }

    /** JOURNAL_START, then the ticks in order, each received 20 ms after its exchange time. */
    static Path write(final Path directory, final List<T> ticks)
    {
        final TestEvents events = new TestEvents();
        final EventHeader header = new EventHeader().wrap(events.buffer(), 0);
        final DepthMarketDataFlyweight tick = new DepthMarketDataFlyweight(TestEvents.PROFILE);
        try (Journal journal = Journal.open(directory); JournalWriter writer = journal.newWriter())
        {
            writer.append(events.buffer(), 0, events.start());
            long sequence = 0;
            for (final T t : ticks)
            {
                header.clear()
                    .type(EventType.RTN_DEPTH_MARKET_DATA.code())
                    .source(EventSource.MD)
                    .profile((short)TestEvents.PROFILE_INDEX)
                    .channel((short)TestEvents.MD_CHANNEL)
                    .spiSlot((short)TestEvents.PROFILE.slot(ApiTable.MD_SPI, EventType.RTN_DEPTH_MARKET_DATA.spiMethod()).index())
                    .sequence(sequence++)
                    .receiveNanos(System.nanoTime())
                    .epochNanos(t.epochNanos() + 20_000_000L)
                    .publishNanos(System.nanoTime());
                final LocalDateTime local = t.local();
                final int date = local.getYear() * 10000 + local.getMonthValue() * 100 + local.getDayOfMonth();
                tick.wrap(events.buffer(), EventHeader.PAYLOAD_OFFSET);
                tick.clear();
                tick.tradingDay(Integer.toString(date)).actionDay(Integer.toString(t.actionDay() > 0 ? t.actionDay() : date))
                    .instrumentId(t.instrument()).exchangeId(t.exchange())
                    .updateTime(local.toLocalTime().withNano(0).toString().length() == 5 ?
                        local.toLocalTime().withNano(0) + ":00" : local.toLocalTime().withNano(0).toString())
                    .updateMillisec(local.getNano() / 1_000_000)
                    .lastPrice(t.last()).bidPrice1(t.last() - 1).bidVolume1(3).askPrice1(t.last() + 1).askVolume1(4)
                    .volume(t.volume()).turnover(t.turnover()).openInterest(t.openInterest())
                    .closePrice(DepthMarketDataFlyweight.NO_VALUE).settlementPrice(DepthMarketDataFlyweight.NO_VALUE);
                header.payloadLength(tick.sizeInBytes());
                writer.append(events.buffer(), 0, header.totalLength());
            }
        }
        return directory;
    }
}
