package org.ctpengine.engine.ring;

import org.ctpengine.adapter.SpiCallback;
import org.ctpengine.adapter.SpiSink;
import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.ApiTable;
import org.ctpengine.adapter.abi.VtableSlot;

import java.util.List;

/**
 * The bridge from a CTP library's callback thread to the inbound ring: claims a slot, stamps the header
 * (type by method name, so it does not depend on the version's slot order), copies the RspInfo and the raw
 * struct, publishes. One per API instance; runs on that instance's callback thread; allocates nothing. In a reconnect
 * storm its {@link FrontStormCoalescer} keeps the front events out of the journal (see there).
 */
public final class SpiRingPublisher implements SpiSink
{
    private final InboundRing ring;
    private final EventSource source;
    private final short channel;
    private final short profileIndex;
    private final short[] typeBySlot;
    private final FrontStormCoalescer storm = new FrontStormCoalescer();
    /** Whether front events are being coalesced (written by the callback thread when it changes; any thread reads). */
    private volatile boolean storming;

    /**
     * @param ring         where events go
     * @param source       {@link EventSource#MD} or {@link EventSource#TD}
     * @param channel      which session this API instance serves
     * @param profile      the instance's ABI profile
     * @param profileIndex the profile's index in the engine's profile list (recorded in every event)
     */
    public SpiRingPublisher(
        final InboundRing ring, final EventSource source, final int channel, final AbiProfile profile, final int profileIndex)
    {
        this.ring = ring;
        this.source = source;
        this.channel = (short)channel;
        this.profileIndex = (short)profileIndex;
        final List<VtableSlot> slots = profile.slots(source == EventSource.MD ? ApiTable.MD_SPI : ApiTable.TRADER_SPI);
        this.typeBySlot = new short[slots.size()];
        for (final VtableSlot slot : slots)
        {
            final String struct = slot.structParameter(0);
            if (struct != null && profile.struct(struct).size() > ring.slotPayloadCapacity())
            {
                throw new IllegalArgumentException("ring slots hold " + ring.slotPayloadCapacity() + " payload bytes; " +
                    slot.name() + " delivers " + struct + " of " + profile.struct(struct).size());
            }
            typeBySlot[slot.index()] = EventType.forSpiMethod(slot.name()).code();
        }
    }

    /** The largest struct any SPI callback of {@code profile} delivers: what ring slots must hold. */
    public static int maxCallbackStructSize(final AbiProfile profile)
    {
        int max = 0;
        for (final ApiTable table : new ApiTable[] { ApiTable.MD_SPI, ApiTable.TRADER_SPI })
        {
            for (final VtableSlot slot : profile.slots(table))
            {
                final String struct = slot.structParameter(0);
                if (struct != null)
                {
                    max = Math.max(max, profile.struct(struct).size());
                }
            }
        }
        return max;
    }

    @Override
    public void onCallback(final SpiCallback callback)
    {
        if (ring.isClosed())
        {
            return; // after the stop: nobody consumes any more, and a full ring would hold this thread (and Release) forever
        }
        final long receiveNanos = callback.receiveNanos();
        if (storm.windowEnded(receiveNanos))
        {
            publishStorm(receiveNanos);
        }
        final short type = typeBySlot[callback.slotIndex()];
        byte flags = callback.isLast() ? EventHeader.FLAG_IS_LAST : 0;
        final boolean disconnected = type == EventType.FRONT_DISCONNECTED.code();
        if ((disconnected || type == EventType.FRONT_CONNECTED.code()) &&
            storm.onFrontEvent(disconnected, callback.intArgument(), receiveNanos, ring.epochNanos()))
        {
            flags |= EventHeader.FLAG_COALESCED;
        }
        if (storm.isCoalescing() != storming)
        {
            storming = storm.isCoalescing();
        }
        final long sequence = ring.claim();
        try
        {
            final RingEvent event = ring.event(sequence);
            final EventHeader header = event.header();
            if (callback.hasRspInfo())
            {
                flags |= EventHeader.FLAG_HAS_RSP_INFO;
                callback.copyRspInfo(event.buffer(), EventHeader.RSP_INFO_OFFSET);
            }
            header.type(type)
                .source(source)
                .flags(flags)
                .profile(profileIndex)
                .channel(channel)
                .spiSlot((short)callback.slotIndex())
                .requestId(callback.requestId())
                .errorId(callback.rspInfoErrorId())
                .intArg(callback.intArgument())
                .receiveNanos(receiveNanos)
                .epochNanos(ring.epochNanos())
                .payloadLength(callback.copyStruct(event.buffer(), EventHeader.PAYLOAD_OFFSET));
        }
        finally
        {
            ring.publish(sequence); // always: a claimed sequence left unpublished would stall every consumer
        }
    }

    /**
     * Whether this API instance's front is storming now (its front events are being coalesced): its link flickers, so
     * whether it is connected at one instant says nothing of whether it is reconnecting. Any thread.
     */
    public boolean isInStorm()
    {
        return storming;
    }

    /** The storm's second just over: one FRONT_STORM event counting the front events it kept out of the journal. */
    private void publishStorm(final long receiveNanos)
    {
        final long sequence = ring.claim();
        try
        {
            final RingEvent event = ring.event(sequence);
            event.header().type(EventType.FRONT_STORM.code())
                .source(source)
                .profile(profileIndex)
                .channel(channel)
                .spiSlot((short)-1)
                .intArg(storm.disconnects())
                .receiveNanos(receiveNanos)
                .epochNanos(ring.epochNanos())
                .payloadLength(storm.summary(event.buffer(), EventHeader.PAYLOAD_OFFSET));
        }
        finally
        {
            ring.publish(sequence);
        }
    }
}
