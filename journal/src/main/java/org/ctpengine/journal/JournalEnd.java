package org.ctpengine.journal;

import java.nio.file.Path;

/**
 * Where a journal ends, as {@link JournalInspector} found it: the last complete event and what, if anything,
 * follows it on disk.
 *
 * @param events       complete events read (every one validated)
 * @param lastIndex    Chronicle index of the last complete event, -1 when there is none
 * @param lastSequence engine sequence of the last complete event, -1 when there is none
 * @param lastFile     queue file of the last complete event, null when there is none
 * @param endPosition  byte offset in {@code lastFile} just after the last complete event, -1 when there is none
 * @param tail         what follows the last complete event
 * @param tailFile     queue file where the tail was examined (the next file when {@code lastFile} rolled)
 * @param tailPosition byte offset in {@code tailFile} where the next excerpt would start
 * @param tornBytes    for {@link Tail#TORN}: bytes of the incomplete excerpt found on disk (at least)
 */
public record JournalEnd(
    long events,
    long lastIndex,
    long lastSequence,
    Path lastFile,
    long endPosition,
    Tail tail,
    Path tailFile,
    long tailPosition,
    long tornBytes)
{
    /** What follows the last complete event. */
    public enum Tail
    {
        /** Nothing: the journal was closed, or its writer was stopped between two events. */
        CLEAN,
        /**
         * An incomplete excerpt: its writer died mid-write (kill -9, power loss of the process) or, on a live
         * journal, is writing it now. Readers stop before it; nothing in it is ever read.
         */
        TORN,
        /** A complete excerpt appeared while the journal was inspected: a live writer is appending. */
        GROWING
    }

    public boolean isTorn()
    {
        return tail == Tail.TORN;
    }

    /** One line for people: where the journal ends and whether a torn excerpt follows. */
    public String describe()
    {
        final StringBuilder out = new StringBuilder(160);
        if (events == 0)
        {
            out.append("no complete event");
        }
        else
        {
            out.append(events).append(" complete event").append(events == 1 ? "" : "s").append(", last index ")
                .append(Long.toHexString(lastIndex)).append(" (sequence ").append(lastSequence).append(", ")
                .append(lastFile.getFileName()).append(" bytes up to ").append(endPosition).append(')');
        }
        switch (tail)
        {
            case CLEAN -> out.append("; ends cleanly");
            case TORN -> out.append("; torn tail: an incomplete excerpt of at least ").append(tornBytes)
                .append(" bytes at ").append(tailFile == null ? "?" : tailFile.getFileName()).append(" byte ")
                .append(tailPosition).append(" (writer died mid-write, or is writing it now); it is not read");
            case GROWING -> out.append("; still growing (a writer is appending)");
            default -> throw new IllegalStateException("unhandled " + tail);
        }
        return out.toString();
    }
}
