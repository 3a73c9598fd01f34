package org.ctpengine.engine.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Exclusive ownership of a directory (a journal, a work directory) for the life of a process: an OS file lock on
 * {@code DIR/.lock}, which the kernel releases when the process dies, however it dies. The file holds the owner's
 * PID, so a second engine is refused with one line naming the directory and the process that holds it.
 *
 * <p>Two engines on one journal would both warm-start from it and reuse each other's OrderRefs; on one work
 * directory they would share CTP's flow files. Neither may happen.
 */
public final class DirectoryLock implements AutoCloseable
{
    public static final String FILE_NAME = ".lock";

    private final Path directory;
    private final FileChannel channel;
    private final FileLock lock;

    private DirectoryLock(final Path directory, final FileChannel channel, final FileLock lock)
    {
        this.directory = directory;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code directory} (created, owner-only, if missing).
     *
     * @param role what the directory is to the engine ("journal", "work directory"), for the message
     * @throws DirectoryInUseException naming the directory and the PID holding it
     * @throws IOException             when the directory or its lock file cannot be created
     */
    public static DirectoryLock acquire(final Path directory, final String role) throws IOException
    {
        OwnerOnly.createDirectories(directory);
        final Path file = directory.resolve(FILE_NAME);
        final FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
            StandardOpenOption.WRITE);
        OwnerOnly.restrictFile(file);
        FileLock lock = null;
        try
        {
            lock = channel.tryLock();
        }
        catch (final OverlappingFileLockException sameProcess)
        {
            lock = null; // another engine in this JVM holds it
        }
        if (lock == null)
        {
            final String holder = readHolder(channel);
            channel.close();
            throw new DirectoryInUseException(role + " " + directory.toAbsolutePath() + " is in use by another engine (" +
                (holder.isEmpty() ? "PID unknown" : "PID " + holder) + "); two engines must never share it");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        channel.force(false);
        return new DirectoryLock(directory, channel, lock);
    }

    private static String readHolder(final FileChannel channel) throws IOException
    {
        final ByteBuffer buffer = ByteBuffer.allocate(32);
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).trim();
    }

    public Path directory()
    {
        return directory;
    }

    /** Releases the lock (the file stays: deleting it would let a third process lock a different inode). */
    @Override
    public void close() throws IOException
    {
        if (channel.isOpen())
        {
            lock.release();
            channel.close();
        }
    }

    /** Thrown when another process (or another engine in this one) holds the lock. */
    public static final class DirectoryInUseException extends IOException
    {
        private static final long serialVersionUID = 1L;

        DirectoryInUseException(final String message)
        {
            super(message);
        }
    }
}
