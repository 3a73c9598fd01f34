package org.ctpengine.journal.tools;

import org.agrona.DirectBuffer;
import org.ctpengine.adapter.abi.StructLayout;
import org.ctpengine.adapter.struct.StructPrinter;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventSource;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.journal.JournalMetadata;

import java.util.Map;

/**
 * Writes events for people: every header field by name, then the CTP struct field by field through the
 * adapter's {@link StructPrinter} (GB18030 text decoded, codes named) in the profile the run recorded; engine events
 * (session states, stops, the kill switch, timers, refusals) in words ({@link EngineEventText}). Payloads it cannot
 * decode (unknown profile, a length that does not match the struct) are shown as hex with the reason. Allocates; confined to one thread.
 */
public final class EventFormatter
{
    private static final String RSP_INFO_STRUCT = "CThostFtdcRspInfoField";
    private static final int HEX_PER_LINE = 16;

    private final EventDecoder decoder;

    public EventFormatter(final EventDecoder decoder)
    {
        this.decoder = decoder;
    }

    /**
     * The multi-line form: a title line, the header's fields, then the payload.
     *
     * @param number the event's ordinal in the journal (from 1)
     * @param index  its Chronicle index
     */
    public StringBuilder appendFull(final long number, final long index, final EventHeader header, final StringBuilder out)
    {
        appendTitle(number, index, header, out).append('\n');
        out.append("  sequence=").append(header.sequence())
            .append(" source=").append(sourceName(header.source()))
            .append(" channel=").append(header.channel());
        final String channel = decoder.channelName(header);
        if (channel != null)
        {
            out.append('(').append(channel).append(')');
        }
        out.append(" profile=").append(header.profile());
        final String profileId = decoder.profileId(header);
        if (profileId != null && header.type() != EventType.JOURNAL_START.code())
        {
            out.append('(').append(profileId).append(')');
        }
        out.append(" spiSlot=").append(header.spiSlot())
            .append(" flags=").append(flags(header.flags()))
            .append(" requestId=").append(header.requestId())
            .append(" errorId=").append(header.errorId())
            .append(" intArg=").append(header.intArg())
            .append(" payloadLength=").append(header.payloadLength()).append('\n');
        out.append("  epochNanos=").append(header.epochNanos())
            .append(" receiveNanos=").append(header.receiveNanos())
            .append(" publishNanos=").append(header.publishNanos())
            .append(" handlerNanos=").append(header.handlerNanos())
            .append(" sentNanos=").append(header.sentNanos())
            .append(" causeSequence=").append(header.causeSequence()).append('\n');
        if (header.hasRspInfo())
        {
            appendRspInfo(header, out.append("  RspInfo: ")).append('\n');
        }
        final int before = out.length();
        if (EngineEventText.append(header, out.append("  engine event: ")))
        {
            out.append('\n');
        }
        else
        {
            out.setLength(before);
        }
        return appendPayload(header, out);
    }

    /** The one-line form: time, sequence, type, source, instrument, then the struct as {@code Name=value} pairs. */
    public StringBuilder appendLine(final EventHeader header, final StringBuilder out)
    {
        out.append(ChinaTime.format(header.epochNanos())).append(" #").append(header.sequence()).append(' ');
        appendTypeName(header, out).append(' ').append(sourceName(header.source())).append(':').append(header.channel());
        if (header.hasRspInfo())
        {
            appendRspInfo(header, out.append(" RspInfo[")).append(']');
        }
        if (header.type() == EventType.JOURNAL_START.code())
        {
            final JournalMetadata metadata = JournalMetadata.read(header.buffer(), header.offset());
            for (final Map.Entry<String, String> entry : metadata.entries().entrySet())
            {
                out.append(' ').append(entry.getKey()).append('=').append(entry.getValue().replace('\n', ' '));
            }
            return out;
        }
        final int before = out.length();
        if (!EngineEventText.append(header, out.append(' ')))
        {
            out.setLength(before);
        }
        if (EngineEventText.ownsPayload(header))
        {
            return out;
        }
        final StructLayout layout = decoder.layout(header);
        if (layout != null && header.payloadLength() == layout.size())
        {
            decoder.printer(header).appendLine(layout, header.buffer(), header.payloadOffset(), out.append(' '));
        }
        else if (header.payloadLength() > 0)
        {
            out.append(" payload=").append(header.payloadLength()).append("B(").append(undecodedReason(header, layout)).append(')');
        }
        return out;
    }

    private StringBuilder appendTitle(final long number, final long index, final EventHeader header, final StringBuilder out)
    {
        out.append('#').append(number).append(" index ").append(Long.toHexString(index)).append("  ")
            .append(ChinaTime.format(header.epochNanos())).append("  ");
        return appendTypeName(header, out);
    }

    private StringBuilder appendTypeName(final EventHeader header, final StringBuilder out)
    {
        out.append(EventType.fromCode(header.type()).name());
        final String method = decoder.spiMethod(header);
        if (method != null)
        {
            out.append('(').append(method).append(')');
        }
        return out;
    }

    private StringBuilder appendRspInfo(final EventHeader header, final StringBuilder out)
    {
        final StructPrinter printer = decoder.printer(header);
        if (printer == null || !printer.profile().hasStruct(RSP_INFO_STRUCT))
        {
            return out.append("ErrorID=").append(header.errorId());
        }
        return printer.appendLine(printer.profile().struct(RSP_INFO_STRUCT), header.buffer(), header.rspInfoOffset(), out);
    }

    private StringBuilder appendPayload(final EventHeader header, final StringBuilder out)
    {
        if (header.payloadLength() == 0 || EngineEventText.ownsPayload(header))
        {
            return out; // an engine payload is decoded on the "engine event" line
        }
        if (header.type() == EventType.JOURNAL_START.code())
        {
            final JournalMetadata metadata = JournalMetadata.read(header.buffer(), header.offset());
            out.append("  JOURNAL_START metadata\n");
            for (final Map.Entry<String, String> entry : metadata.entries().entrySet())
            {
                out.append("    ").append(entry.getKey()).append(" = ").append(entry.getValue().replace("\n", "\\n")).append('\n');
            }
            return out;
        }
        final StructLayout layout = decoder.layout(header);
        if (layout != null && header.payloadLength() >= layout.size())
        {
            final String lines = decoder.printer(header).lines(layout, header.buffer(), header.payloadOffset());
            for (final String line : lines.split("\n"))
            {
                out.append("  ").append(line).append('\n');
            }
            if (header.payloadLength() > layout.size())
            {
                out.append("  ").append(header.payloadLength() - layout.size()).append(" more bytes after the struct:\n");
                appendHex(header.buffer(), header.payloadOffset() + layout.size(), header.payloadLength() - layout.size(), out);
            }
            return out;
        }
        out.append("  payload, ").append(header.payloadLength()).append(" bytes (").append(undecodedReason(header, layout))
            .append("):\n");
        return appendHex(header.buffer(), header.payloadOffset(), header.payloadLength(), out);
    }

    private String undecodedReason(final EventHeader header, final StructLayout layout)
    {
        if (layout != null)
        {
            return layout.name() + " is " + layout.size() + " bytes";
        }
        if (decoder.profileId(header) == null)
        {
            return "profile index " + header.profile() + " unknown: no JOURNAL_START declares it; pass --profile";
        }
        return "no CTP struct for this event type";
    }

    private static StringBuilder appendHex(final DirectBuffer buffer, final int offset, final int length, final StringBuilder out)
    {
        for (int line = 0; line < length; line += HEX_PER_LINE)
        {
            out.append("    ").append(String.format("%04x ", line));
            for (int i = line; i < Math.min(length, line + HEX_PER_LINE); i++)
            {
                final int b = buffer.getByte(offset + i) & 0xFF;
                out.append(' ').append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            out.append('\n');
        }
        return out;
    }

    private static String sourceName(final byte code)
    {
        return EventSource.fromCode(code).name();
    }

    private static String flags(final byte flags)
    {
        if (flags == 0)
        {
            return "-";
        }
        final StringBuilder out = new StringBuilder();
        if ((flags & EventHeader.FLAG_IS_LAST) != 0)
        {
            out.append("isLast");
        }
        if ((flags & EventHeader.FLAG_HAS_RSP_INFO) != 0)
        {
            out.append(out.length() > 0 ? "," : "").append("rspInfo");
        }
        if ((flags & EventHeader.FLAG_COALESCED) != 0)
        {
            out.append(out.length() > 0 ? "," : "").append("coalesced");
        }
        final int other = flags & ~(EventHeader.FLAG_IS_LAST | EventHeader.FLAG_HAS_RSP_INFO | EventHeader.FLAG_COALESCED);
        if (other != 0)
        {
            out.append(out.length() > 0 ? "," : "").append("0x").append(Integer.toHexString(other & 0xFF));
        }
        return out.toString();
    }
}
