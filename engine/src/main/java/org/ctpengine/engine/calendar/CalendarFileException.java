package org.ctpengine.engine.calendar;

/** A calendar data file that cannot be used; the message names the file, line and value. */
public final class CalendarFileException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    public CalendarFileException(final String message)
    {
        super(message);
    }

    public CalendarFileException(final String message, final Throwable cause)
    {
        super(message, cause);
    }
}
