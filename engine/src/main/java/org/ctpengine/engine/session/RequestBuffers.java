package org.ctpengine.engine.session;

import org.agrona.BufferUtil;
import org.agrona.concurrent.UnsafeBuffer;
import org.ctpengine.adapter.abi.AbiProfile;

/**
 * Off-heap memory for request structs, one block per struct type, allocated once per session and zeroed
 * before each use. The library reads the struct during the call only, so one block per type suffices for
 * the thread that owns it.
 */
final class RequestBuffers
{
    private final AbiProfile profile;

    RequestBuffers(final AbiProfile profile)
    {
        this.profile = profile;
    }

    /** A zeroed direct buffer sized for {@code struct} in this profile. */
    UnsafeBuffer allocate(final String struct)
    {
        final int size = profile.struct(struct).size();
        final UnsafeBuffer buffer = new UnsafeBuffer(BufferUtil.allocateDirectAligned(Math.max(64, size + 63 & -64), 64));
        buffer.setMemory(0, buffer.capacity(), (byte)0);
        return buffer;
    }
}
