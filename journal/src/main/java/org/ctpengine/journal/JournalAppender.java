package org.ctpengine.journal;

import org.agrona.DirectBuffer;

/** Where the journal's consumer appends events: a {@link JournalWriter}, or a wrapper around one (fault injection). */
public interface JournalAppender
{
    /** Appends {@code length} bytes at {@code offset} of {@code buffer} as one event; throws when it cannot. */
    void append(DirectBuffer buffer, int offset, int length);
}
