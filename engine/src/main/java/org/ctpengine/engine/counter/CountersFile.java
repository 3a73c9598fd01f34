package org.ctpengine.engine.counter;

import org.agrona.IoUtil;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.status.CountersManager;
import org.agrona.concurrent.status.CountersReader;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Agrona counters in a memory-mapped file, so another process (a monitor, {@code ctp-engine stats}) can
 * read the engine's counters live, the way Aeron's CnC file works.
 *
 * <pre>
 *   0 int  magic     0x43545043 ("CTPC")
 *   4 int  version
 *   8 int  metadataLength
 *  12 int  valuesLength
 *  16 long pid of the writer
 *  24 long start time, ms since 1970
 *  64      metadata buffer, then values buffer
 * </pre>
 */
public final class CountersFile implements AutoCloseable
{
    public static final int MAGIC = 0x43545043;
    public static final int VERSION = 1;
    public static final int HEADER_LENGTH = 64;

    private final Path path;
    private final MappedByteBuffer mapped;
    private final UnsafeBuffer metadata;
    private final UnsafeBuffer values;
    private boolean closed;

    private CountersFile(final Path path, final MappedByteBuffer mapped, final int metadataLength, final int valuesLength)
    {
        this.path = path;
        this.mapped = mapped;
        this.metadata = new UnsafeBuffer(mapped, HEADER_LENGTH, metadataLength);
        this.values = new UnsafeBuffer(mapped, HEADER_LENGTH + metadataLength, valuesLength);
    }

    /** Creates (or replaces) a counters file with room for {@code maxCounters}. */
    public static CountersFile create(final Path path, final int maxCounters) throws IOException
    {
        final int valuesLength = maxCounters * CountersReader.COUNTER_LENGTH;
        final int metadataLength = maxCounters * CountersReader.METADATA_LENGTH;
        final Path parent = path.toAbsolutePath().getParent();
        if (parent != null)
        {
            Files.createDirectories(parent);
        }
        Files.deleteIfExists(path);
        final MappedByteBuffer mapped = IoUtil.mapNewFile(path.toFile(), HEADER_LENGTH + metadataLength + valuesLength);
        final UnsafeBuffer header = new UnsafeBuffer(mapped, 0, HEADER_LENGTH);
        header.putInt(4, VERSION);
        header.putInt(8, metadataLength);
        header.putInt(12, valuesLength);
        header.putLong(16, ProcessHandle.current().pid());
        header.putLong(24, System.currentTimeMillis());
        header.putIntVolatile(0, MAGIC); // last: a reader sees a complete header or no magic
        return new CountersFile(path, mapped, metadataLength, valuesLength);
    }

    /**
     * Maps an existing counters file for reading.
     *
     * @throws IOException naming the file when it is not a counters file of this version
     */
    public static CountersFile open(final Path path) throws IOException
    {
        if (!Files.isRegularFile(path))
        {
            throw new IOException("no counters file at " + path);
        }
        final MappedByteBuffer mapped = IoUtil.mapExistingFile(path.toFile(), "counters");
        final UnsafeBuffer header = new UnsafeBuffer(mapped, 0, Math.min(HEADER_LENGTH, mapped.capacity()));
        if (mapped.capacity() < HEADER_LENGTH || header.getIntVolatile(0) != MAGIC || header.getInt(4) != VERSION)
        {
            IoUtil.unmap(mapped);
            throw new IOException(path + " is not a ctp-engine counters file (version " + VERSION + ")");
        }
        return new CountersFile(path, mapped, header.getInt(8), header.getInt(12));
    }

    public Path path()
    {
        return path;
    }

    /** For the single writing process: allocate and update counters. */
    public CountersManager manager()
    {
        return new CountersManager(metadata, values, StandardCharsets.UTF_8);
    }

    /** For any process: read counters by id and label. */
    public CountersReader reader()
    {
        return new CountersReader(metadata, values, StandardCharsets.UTF_8);
    }

    @Override
    public void close()
    {
        if (!closed)
        {
            closed = true;
            IoUtil.unmap(mapped);
        }
    }
}
