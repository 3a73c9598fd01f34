package org.ctpengine.bench.report;

/** Ours over the peer's, for latency tables: below 1 means ours is lower. */
final class Ratio
{
    private Ratio()
    {
    }

    /** {@code ours / peer}; a peer of 0 ns counts as 1 ns, so that a ratio is always finite. */
    static double of(final long ours, final long peer)
    {
        return (double)ours / Math.max(1, peer);
    }
}
