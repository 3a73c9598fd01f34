package org.ctpengine.engine.ring;

import org.agrona.DirectBuffer;

/**
 * Where engine-made events (commands, session states, strategy stops) go: into the live ring
 * ({@link ConsumerPublisher}), or, in a replay, to whatever compares them with the journal.
 */
public interface EventPublisher
{
    /** Publishes the event composed in {@code source} at offset 0 (header, then payload). */
    void publish(DirectBuffer source);

    /** Publishes anything kept back; returns what is still waiting (bytes, 0 when nothing). */
    int flush();
}
