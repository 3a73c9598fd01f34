package org.ctpengine.cli;

/**
 * What {@code ctp-engine run} exits with. A script supervising the engine reads it: anything but {@link #CLEAN} means
 * a person should look, and {@link #ORDERS_LEFT_LIVE} means orders may still be working at the counter.
 */
public enum ExitStatus
{
    CLEAN(0, "stopped cleanly: every order the engine had working was cancelled and confirmed"),
    INTERNAL_ERROR(1, "an unexpected error (a bug): the log has the stack trace"),
    REFUSED_TO_START(2, "refused to start, nothing sent: configuration, journal or work directory (not writable, " +
        "too little free space, in use by another engine), library or ABI profile"),
    TRADING_HALTED(3, "trading halted by a fault during the run (the journal could not record): new orders refused, " +
        "live orders cancelled"),
    LOGIN_REFUSED(4, "the counter refused the login for a reason no retry fixes (password, locked account, " +
        "authentication)"),
    ORDERS_LEFT_LIVE(5, "stopped, but orders are still live at the counter or a strategy never returned from a " +
        "callback: each is listed"),
    INTERRUPTED(130, "Ctrl-C (SIGINT; 143 for SIGTERM), stopped cleanly (otherwise the status above that applies)");

    private final int code;
    private final String meaning;

    ExitStatus(final int code, final String meaning)
    {
        this.code = code;
        this.meaning = meaning;
    }

    public int code()
    {
        return code;
    }

    public String meaning()
    {
        return meaning;
    }

    /** The table for {@code run --help}. */
    public static String table()
    {
        final StringBuilder text = new StringBuilder();
        for (final ExitStatus status : values())
        {
            text.append(String.format("  %3d  %s%n", status.code, status.meaning));
        }
        return text.toString();
    }
}
