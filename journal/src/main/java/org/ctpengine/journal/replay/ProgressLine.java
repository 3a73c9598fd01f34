package org.ctpengine.journal.replay;

import org.agrona.concurrent.NanoClock;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The progress line of a long replay: events read of the total, percent, rate and time left. On a terminal it
 * rewrites itself in place (carriage return) about twice a second; into a file or pipe it prints a plain line
 * every few seconds, so a log stays readable. Always a last line at the end. Reads the clock only every so many
 * events (about 20 times a second at the current rate). Owned by the replaying thread.
 */
public final class ProgressLine implements ReplayProgress
{
    public static final long TERMINAL_INTERVAL_NANOS = 500_000_000L;
    public static final long LOG_INTERVAL_NANOS = 5_000_000_000L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final int CLOCK_READS_PER_SECOND = 20;

    private final PrintStream out;
    private final boolean terminal;
    private final NanoClock clock;
    private final long intervalNanos;
    private final StringBuilder line = new StringBuilder(128);
    private long total = -1;
    private long startNanos;
    private long nextPrintNanos;
    private long nextCheck = 1;
    private int lastLength;

    /**
     * @param terminal      rewrite one line in place (a TTY) rather than print a line each time
     * @param intervalNanos how often to print
     */
    public ProgressLine(final PrintStream out, final boolean terminal, final NanoClock clock, final long intervalNanos)
    {
        this.out = out;
        this.terminal = terminal;
        this.clock = clock;
        this.intervalNanos = intervalNanos;
    }

    /** On standard error: in place when the process has a console, plain lines otherwise. */
    public static ProgressLine onStandardError()
    {
        final boolean terminal = System.console() != null;
        return new ProgressLine(System.err, terminal, System::nanoTime, terminal ? TERMINAL_INTERVAL_NANOS : LOG_INTERVAL_NANOS);
    }

    @Override
    public void onStart(final long totalEvents)
    {
        total = totalEvents;
        startNanos = clock.nanoTime();
        nextPrintNanos = startNanos + intervalNanos;
        nextCheck = 1;
    }

    @Override
    public void onEvents(final long eventsRead)
    {
        if (eventsRead < nextCheck)
        {
            return;
        }
        final long now = clock.nanoTime();
        final long elapsed = now - startNanos;
        nextCheck = eventsRead + Math.max(1, (long)(rate(eventsRead, elapsed) / CLOCK_READS_PER_SECOND));
        if (now >= nextPrintNanos)
        {
            nextPrintNanos = now + intervalNanos;
            print(eventsRead, elapsed, false);
        }
    }

    @Override
    public void onEnd(final long eventsRead)
    {
        print(eventsRead, clock.nanoTime() - startNanos, true);
    }

    private void print(final long events, final long elapsedNanos, final boolean last)
    {
        line.setLength(0);
        append(line, events, total, elapsedNanos);
        if (terminal)
        {
            final int length = line.length();
            for (int i = length; i < lastLength; i++)
            {
                line.append(' '); // blanks out the end of a longer previous line
            }
            lastLength = length;
            out.print('\r');
            out.print(line);
            if (last)
            {
                out.println();
            }
        }
        else
        {
            out.println(line);
        }
        out.flush();
    }

    /** Events per second over {@code elapsedNanos}; 0 before any time has passed. */
    public static double rate(final long events, final long elapsedNanos)
    {
        return elapsedNanos <= 0 ? 0 : events * (double)NANOS_PER_SECOND / elapsedNanos;
    }

    /** Seconds left at the average rate so far; -1 when unknown (no total, or no rate yet). */
    public static long etaSeconds(final long events, final long total, final long elapsedNanos)
    {
        final double rate = rate(events, elapsedNanos);
        if (total < 0 || rate <= 0)
        {
            return -1;
        }
        return (long)Math.ceil(Math.max(0, total - events) / rate);
    }

    /** {@code replay 1,200 / 4,000 events  30.0%  2,400 events/s  ETA 0:00:02}. */
    static StringBuilder append(final StringBuilder out, final long events, final long total, final long elapsedNanos)
    {
        out.append("replay ").append(String.format(Locale.ROOT, "%,d", events));
        if (total >= 0)
        {
            out.append(" / ").append(String.format(Locale.ROOT, "%,d", total)).append(" events  ")
                .append(String.format(Locale.ROOT, "%.1f%%", total == 0 ? 100.0 : Math.min(100.0, 100.0 * events / total)));
        }
        else
        {
            out.append(" events");
        }
        out.append("  ").append(String.format(Locale.ROOT, "%,.0f", rate(events, elapsedNanos))).append(" events/s");
        final long eta = etaSeconds(events, total, elapsedNanos);
        out.append("  ETA ").append(eta < 0 ? "?" : String.format(Locale.ROOT, "%d:%02d:%02d", eta / 3600, eta / 60 % 60, eta % 60));
        return out;
    }
}
