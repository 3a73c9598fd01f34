package org.ctpengine.bench.jctp;

import org.HdrHistogram.Histogram;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.zip.DataFormatException;

/**
 * One measured row as the child JVM hands it to the parent: a line of tab-separated fields, the histogram in
 * HdrHistogram's compressed encoding (Base64), so that the parent reports it beside its own rows.
 *
 * @param name       the row ("paced" or "max")
 * @param perSecond  sustained ticks per second
 * @param sent       ticks the simulator sent
 * @param missing    ticks that never arrived
 * @param duplicates ticks that arrived twice
 * @param outOfOrder ticks that arrived after a later one
 * @param histogram  latency from the simulator's send stamp, ns
 */
record PeerRow(String name, double perSecond, long sent, long missing, long duplicates, long outOfOrder,
    Histogram histogram)
{
    String toLine()
    {
        final ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        final int length = histogram.encodeIntoCompressedByteBuffer(buffer);
        final byte[] bytes = new byte[length];
        buffer.flip();
        buffer.get(bytes);
        return String.join("\t", name, Double.toString(perSecond), Long.toString(sent), Long.toString(missing),
            Long.toString(duplicates), Long.toString(outOfOrder), Base64.getEncoder().encodeToString(bytes));
    }

    static PeerRow fromLine(final String line)
    {
        final String[] f = line.split("\t");
        if (f.length != 7)
        {
            throw new IllegalArgumentException("not a peer row: " + line);
        }
        try
        {
            final Histogram histogram = Histogram.decodeFromCompressedByteBuffer(
                ByteBuffer.wrap(Base64.getDecoder().decode(f[6])), 0);
            return new PeerRow(f[0], Double.parseDouble(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
                Long.parseLong(f[4]), Long.parseLong(f[5]), histogram);
        }
        catch (final DataFormatException e)
        {
            throw new IllegalArgumentException("bad histogram in peer row " + f[0], e);
        }
    }
}
