package org.ctpengine.adapter;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * Ends the process at once with a status, after flushing standard output and error: libc's {@code _exit}, which runs
 * no exit handlers and no static destructors of loaded libraries. For a host that left a library unreleased because
 * it was still reconnecting: that library's own teardown at exit is what crashes, after everything was recorded and
 * said.
 */
public final class ProcessExit
{
    private interface LibC extends Library
    {
        void _exit(int status);
    }

    private ProcessExit()
    {
    }

    public static void now(final int status)
    {
        System.out.flush();
        System.err.flush();
        Native.load("c", LibC.class)._exit(status);
    }
}
