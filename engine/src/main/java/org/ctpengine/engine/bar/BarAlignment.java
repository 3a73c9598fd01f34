package org.ctpengine.engine.bar;

import java.util.Locale;

/** How n-minute (or n-second) bars are cut. */
public enum BarAlignment
{
    /**
     * At wall-clock multiples of the period from midnight; a break or a segment's end cuts a bar short, and the part
     * of the bucket after a break is still the same bar (a 60-minute bar 10:00–11:00 holds 10:00–10:15 and
     * 10:30–11:00).
     */
    CLOCK,
    /**
     * Every n trading minutes counted from the trading day's first segment (the night session where there is one),
     * so a bar may span a break (10:00–10:15 + 10:30–10:45); the day's last bar may be shorter.
     */
    TRADING;

    /** {@code clock} or {@code trading}, any case. */
    public static BarAlignment parse(final String text)
    {
        try
        {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        }
        catch (final IllegalArgumentException e)
        {
            throw new IllegalArgumentException("alignment must be clock or trading, not '" + text + "'", e);
        }
    }
}
