package org.ctpengine.journal.tools;

import org.agrona.DirectBuffer;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.AbiProfileException;
import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.abi.ApiTable;
import org.ctpengine.adapter.abi.FieldLayout;
import org.ctpengine.adapter.abi.StructLayout;
import org.ctpengine.adapter.abi.VtableSlot;
import org.ctpengine.adapter.struct.StructPrinter;
import org.ctpengine.adapter.text.Gb18030;
import org.ctpengine.engine.ring.EventHeader;
import org.ctpengine.engine.ring.EventSource;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.journal.JournalMetadata;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Says what an event's payload is: the ABI profile it is laid out in (the event stores a profile index; the
 * run's {@link JournalMetadata} maps it to a profile id) and the CTP struct (from the callback's vtable slot
 * in that profile, or the command's request struct). Follows the journal: each {@link EventType#JOURNAL_START}
 * replaces the mapping for the events after it, so a journal with runs under different CTP versions decodes
 * each run with its own layouts.
 *
 * <p>For tools: allocates on first sight of a profile or struct, then caches. Confined to one thread.
 */
public final class EventDecoder
{
    private static final String INSTRUMENT_FIELD = "InstrumentID";

    private final String fallbackProfileId;
    private final Map<String, Map<Long, StructLayout>> layoutCache = new HashMap<>();
    private JournalMetadata metadata;

    /**
     * @param fallbackProfileId the profile for events that come before any JOURNAL_START (or whose index the run
     *                          did not declare); null for none
     */
    public EventDecoder(final String fallbackProfileId)
    {
        this.fallbackProfileId = fallbackProfileId;
        if (fallbackProfileId != null)
        {
            AbiProfiles.byId(fallbackProfileId); // a wrong --profile fails at once, naming the profiles there are
        }
    }

    /**
     * Call for every event, in journal order: remembers the run's metadata when it is a JOURNAL_START.
     *
     * @return the metadata when this event is a JOURNAL_START, else null
     */
    public JournalMetadata onEvent(final EventHeader header)
    {
        if (header.type() == EventType.JOURNAL_START.code())
        {
            metadata = JournalMetadata.read(header.buffer(), header.offset());
            return metadata;
        }
        return null;
    }

    /** The metadata of the run the last event belongs to, or null before any JOURNAL_START. */
    public JournalMetadata metadata()
    {
        return metadata;
    }

    /** Uses a run's metadata without having read its JOURNAL_START (a tail that starts mid-run). */
    public void metadata(final JournalMetadata metadata)
    {
        this.metadata = metadata;
    }

    /** The id of the profile the event's payload is laid out in, or null when unknown. */
    public String profileId(final EventHeader header)
    {
        final String declared = metadata == null ? null : metadata.profileId(header.profile());
        return declared != null ? declared : fallbackProfileId;
    }

    /**
     * The profile the event's payload is laid out in, or null when unknown.
     *
     * @throws AbiProfileException when the run declared a profile this engine does not ship
     */
    public AbiProfile profile(final EventHeader header)
    {
        final String declared = metadata == null ? null : metadata.profileId(header.profile());
        if (declared != null)
        {
            return metadata.profile(header.profile()); // read where the run read it, if it is not on the search path
        }
        return fallbackProfileId == null ? null : AbiProfiles.byId(fallbackProfileId);
    }

    /** The channel's name in the run's metadata, or null. */
    public String channelName(final EventHeader header)
    {
        final JournalMetadata.Channel channel = metadata == null ? null : metadata.channels().get((int)header.channel());
        return channel == null ? null : channel.name();
    }

    /** The SPI method of a callback (by its raw slot when the type is {@link EventType#SPI_OTHER}), or null. */
    public String spiMethod(final EventHeader header)
    {
        final EventType type = EventType.fromCode(header.type());
        if (type.spiMethod() != null)
        {
            return type.spiMethod();
        }
        final AbiProfile profile = type == EventType.SPI_OTHER ? profile(header) : null;
        final VtableSlot slot = profile == null ? null : rawSlot(profile, header);
        return slot == null ? null : slot.name();
    }

    /** The struct the payload holds, or null when it holds none, or the profile or the struct is unknown. */
    public StructLayout layout(final EventHeader header)
    {
        final AbiProfile profile = profile(header);
        if (profile == null)
        {
            return null;
        }
        final long key = (long)header.type() << 32 | (header.source() & 0xFFL) << 16 | (header.spiSlot() & 0xFFFFL);
        final Map<Long, StructLayout> cache = layoutCache.computeIfAbsent(profile.id(), id -> new HashMap<>());
        if (cache.containsKey(key))
        {
            return cache.get(key);
        }
        final String structName = structName(profile, header);
        final StructLayout layout = structName == null || !profile.hasStruct(structName) ? null : profile.struct(structName);
        cache.put(key, layout);
        return layout;
    }

    /** A printer for the event's profile, or null when the profile is unknown. */
    public StructPrinter printer(final EventHeader header)
    {
        final AbiProfile profile = profile(header);
        return profile == null ? null : StructPrinter.forProfile(profile);
    }

    /**
     * The instrument the event is about: the struct's {@code InstrumentID}, GB18030 decoded; null when the payload
     * has none or cannot be decoded.
     */
    public String instrument(final EventHeader header)
    {
        final StructLayout layout = layout(header);
        if (layout == null || !layout.hasField(INSTRUMENT_FIELD) || header.payloadLength() < layout.size())
        {
            return null;
        }
        final FieldLayout field = layout.field(INSTRUMENT_FIELD);
        final DirectBuffer buffer = header.buffer();
        final String id = Gb18030.decode(buffer, header.payloadOffset() + field.offset(), field.length());
        return id.isEmpty() ? null : id;
    }

    private static String structName(final AbiProfile profile, final EventHeader header)
    {
        final EventType type = EventType.fromCode(header.type());
        if (type.isCallback())
        {
            final VtableSlot raw = rawSlot(profile, header);
            if (raw != null && (type == EventType.SPI_OTHER || raw.name().equals(type.spiMethod())))
            {
                return raw.structParameter(0);
            }
            if (type.spiMethod() == null)
            {
                return null;
            }
            try
            {
                return profile.slot(table(header), type.spiMethod()).structParameter(0);
            }
            catch (final IllegalArgumentException e)
            {
                return null; // the profile has no such callback: print the payload raw
            }
        }
        return switch (type)
        {
            case CMD_ORDER_INSERT, REFUSED_ORDER_INSERT -> "CThostFtdcInputOrderField";
            case CMD_ORDER_ACTION, REFUSED_ORDER_ACTION -> "CThostFtdcInputOrderActionField";
            default -> null;
        };
    }

    private static VtableSlot rawSlot(final AbiProfile profile, final EventHeader header)
    {
        final List<VtableSlot> slots = profile.slots(table(header));
        final int slot = header.spiSlot();
        return slot >= 0 && slot < slots.size() ? slots.get(slot) : null;
    }

    private static ApiTable table(final EventHeader header)
    {
        return header.source() == EventSource.MD.code() ? ApiTable.MD_SPI : ApiTable.TRADER_SPI;
    }
}
