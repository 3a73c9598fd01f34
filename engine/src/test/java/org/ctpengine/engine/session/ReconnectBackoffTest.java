package org.ctpengine.engine.session;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReconnectBackoffTest
{
    private static final long MS = 1_000_000L;

    @Test
    void aStormOfDisconnectsIsDampedByDoublingQuietTime()
    {
        final ReconnectBackoff backoff = new ReconnectBackoff(100 * MS, 1_600 * MS, 60_000 * MS);
        long now = 0;
        int acted = 0;
        // 500 disconnect/reconnect pairs a second for 10 seconds, as from a front that accepts and closes.
        for (int i = 0; i < 5_000; i++, now += 2 * MS)
        {
            if (backoff.mayAct(now))
            {
                acted++;
                backoff.onConnected(now);
                backoff.onDisconnected(now);
            }
        }

        assertThat(acted).isLessThan(20);
        assertThat(backoff.suppressed()).isGreaterThan(4_900);
    }

    @Test
    void aStableConnectionResetsTheBackoff()
    {
        final ReconnectBackoff backoff = new ReconnectBackoff(100 * MS, 1_600 * MS, 1_000 * MS);
        backoff.onDisconnected(0);
        backoff.onDisconnected(0);
        assertThat(backoff.onDisconnected(0)).isEqualTo(400 * MS);

        backoff.onConnected(1_000 * MS);
        assertThat(backoff.onDisconnected(3_000 * MS)).isEqualTo(3_100 * MS);
    }
}
