package org.ctpengine.journal.replay;

import org.agrona.DirectBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.ApiTable;
import org.ctpengine.adapter.abi.FieldLayout;
import org.ctpengine.adapter.abi.StructLayout;
import org.ctpengine.adapter.text.Gb18030;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.journal.tools.ChinaTime;
import org.ctpengine.journal.tools.EventFilter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * What a filtered replay feeds and compares. The run's set-up (session states, logins, the reference data and
 * account queries) is always fed whole, so the strategies start as they did live; the market and the order flow
 * (ticks, instrument status, order and trade returns, rejections, timers, stop and kill switch) are fed only inside
 * the time range and, with instruments given, only for those instruments. So the strategies start the window flat,
 * with no working orders: state built before it is not replayed.
 *
 * <p>Compared are the commands issued inside the range for the chosen instruments, recorded and replayed alike
 * (a command's time is its cause's, on the event clock). Recorded commands outside that still move the account's
 * OrderRef floor, so a strategy that decides the same again sends the same OrderRefs and meets its own returns.
 * Allocation-free per event once built. Owned by the replaying thread.
 */
final class ReplaySelection
{
    private static final String INSTRUMENT_ID = "InstrumentID";

    private final EventFilter filter;
    private final byte[][] instruments;
    /** Per profile, per event type code: the payload offset of InstrumentID, or -1; and its length. */
    private final int[][] instrumentOffset;
    private final int[][] instrumentLength;

    ReplaySelection(final EventFilter filter, final AbiProfile[] profiles)
    {
        this.filter = filter;
        final List<byte[]> ids = new ArrayList<>();
        for (final String id : new TreeSet<>(filter.instruments()))
        {
            ids.add(id.getBytes(Gb18030.CHARSET));
        }
        this.instruments = ids.toArray(new byte[0][]);
        instrumentOffset = new int[profiles.length][];
        instrumentLength = new int[profiles.length][];
        for (int p = 0; p < profiles.length; p++)
        {
            instrumentOffset[p] = new int[EventType.CMD_ORDER_ACTION.code() + 1];
            instrumentLength[p] = new int[instrumentOffset[p].length];
            Arrays.fill(instrumentOffset[p], -1);
            if (profiles[p] == null)
            {
                continue;
            }
            for (final EventType type : EventType.values())
            {
                final FieldLayout field = instrumentField(profiles[p], type);
                if (field != null)
                {
                    instrumentOffset[p][type.code()] = field.offset();
                    instrumentLength[p][type.code()] = field.length();
                }
            }
        }
    }

    private static FieldLayout instrumentField(final AbiProfile profile, final EventType type)
    {
        final String struct;
        if (type == EventType.CMD_ORDER_INSERT || type == EventType.REFUSED_ORDER_INSERT)
        {
            struct = "CThostFtdcInputOrderField";
        }
        else if (type == EventType.CMD_ORDER_ACTION || type == EventType.REFUSED_ORDER_ACTION)
        {
            struct = "CThostFtdcInputOrderActionField";
        }
        else if (isFlow(type) && type.spiMethod() != null)
        {
            final ApiTable table = type == EventType.RTN_DEPTH_MARKET_DATA ? ApiTable.MD_SPI : ApiTable.TRADER_SPI;
            struct = profile.slot(table, type.spiMethod()).structParameter(0);
        }
        else
        {
            return null;
        }
        final StructLayout layout = struct == null || !profile.hasStruct(struct) ? null : profile.struct(struct);
        return layout == null || !layout.hasField(INSTRUMENT_ID) ? null : layout.field(INSTRUMENT_ID);
    }

    /** The market and the order flow: what a filter selects. Everything else is the run's set-up. */
    static boolean isFlow(final EventType type)
    {
        return switch (type)
        {
            case RTN_DEPTH_MARKET_DATA, RTN_INSTRUMENT_STATUS, RTN_ORDER, RTN_TRADE, RSP_ORDER_INSERT,
                ERR_RTN_ORDER_INSERT, RSP_ORDER_ACTION, ERR_RTN_ORDER_ACTION, REFUSED_ORDER_INSERT, REFUSED_ORDER_ACTION, TIMER,
                ENGINE_STOP, KILL_SWITCH -> true;
            default -> false;
        };
    }

    /** Whether the whole run is selected. */
    boolean isEverything()
    {
        return instruments.length == 0 && filter.fromEpochNanos() == Long.MIN_VALUE && filter.toEpochNanos() == Long.MAX_VALUE;
    }

    /** Whether the range starts after the run's start: the replay then skips what came before. */
    boolean startsLate()
    {
        return filter.fromEpochNanos() != Long.MIN_VALUE;
    }

    /** Whether to feed the (non-command) event in {@code header} to the strategies. */
    boolean feeds(final EventHeader header)
    {
        final EventType type = EventType.fromCode(header.type());
        return !isFlow(type) || filter.inTimeRange(header.epochNanos()) && aboutChosenInstrument(header, type);
    }

    /** Whether a command (recorded or replayed) is compared; {@code payload} holds its request struct. */
    boolean compares(final EventType type, final int profile, final long epochNanos, final DirectBuffer payload,
        final int offset, final int length)
    {
        return filter.inTimeRange(epochNanos) && (instruments.length == 0 || chosen(payload, offset, length, profile, type));
    }

    private boolean aboutChosenInstrument(final EventHeader header, final EventType type)
    {
        if (instruments.length == 0)
        {
            return true;
        }
        if (type == EventType.TIMER || type == EventType.ENGINE_STOP || type == EventType.KILL_SWITCH)
        {
            return true; // about no instrument: the clock and the engine's own events go to everyone
        }
        return chosen(header.buffer(), header.payloadOffset(), header.payloadLength(), header.profile(), type);
    }

    private boolean chosen(final DirectBuffer buffer, final int payloadOffset, final int payloadLength, final int profile,
        final EventType type)
    {
        if (profile < 0 || profile >= instrumentOffset.length)
        {
            return false;
        }
        final int offset = instrumentOffset[profile][type.code()];
        final int length = instrumentLength[profile][type.code()];
        if (offset < 0 || offset + length > payloadLength)
        {
            return false;
        }
        for (final byte[] id : instruments)
        {
            if (sameText(buffer, payloadOffset + offset, length, id))
            {
                return true;
            }
        }
        return false;
    }

    /** A NUL-terminated char[length] field against an id's bytes. */
    private static boolean sameText(final DirectBuffer buffer, final int offset, final int length, final byte[] id)
    {
        if (id.length > length || id.length < length && buffer.getByte(offset + id.length) != 0)
        {
            return false;
        }
        for (int i = 0; i < id.length; i++)
        {
            if (buffer.getByte(offset + i) != id[i])
            {
                return false;
            }
        }
        return true;
    }

    /** What the output says about the filter and what "identical" then means; null for the whole run. */
    String describe()
    {
        final String range = describeRange();
        return range == null ? null : range + "; only commands issued inside it are compared; state before it is not " +
            "replayed (session set-up and reference data are; the strategies start it flat, without working orders" +
            (startsLate() ? "; RequestIDs are not compared, OrderRefs are" : "") + ")";
    }

    /** {@code filtered to <from> .. <to> (China time) instruments [..]}; null for the whole run. */
    String describeRange()
    {
        if (isEverything())
        {
            return null;
        }
        final StringBuilder text = new StringBuilder("filtered to");
        if (filter.fromEpochNanos() != Long.MIN_VALUE || filter.toEpochNanos() != Long.MAX_VALUE)
        {
            text.append(' ').append(filter.fromEpochNanos() == Long.MIN_VALUE ? "the start" : ChinaTime.format(filter.fromEpochNanos()))
                .append(" .. ").append(filter.toEpochNanos() == Long.MAX_VALUE ? "the end" : ChinaTime.format(filter.toEpochNanos()))
                .append(" (China time)");
        }
        if (instruments.length > 0)
        {
            text.append(" instruments ").append(new TreeSet<>(filter.instruments()));
        }
        return text.toString();
    }
}
