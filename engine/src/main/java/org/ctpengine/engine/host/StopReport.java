package org.ctpengine.engine.host;

import java.util.List;

/**
 * What an engine's stop could not do. A clean stop leaves no order live and every thread stopped; anything else the
 * host reports line by line and exits non-zero, as orders live at the counter must never be left silently.
 *
 * @param liveOrders         orders still live after the stop's deadline, one line each (account, instrument,
 *                           OrderRef, OrderSysID)
 * @param hungThreads        threads that never reached the stop (a callback that did not return)
 * @param librariesReleased  whether the libraries were released (not when a thread may still be inside one)
 */
public record StopReport(List<String> liveOrders, List<String> hungThreads, boolean librariesReleased)
{
    public static final StopReport NOTHING_LEFT = new StopReport(List.of(), List.of(), true);

    public boolean isClean()
    {
        return liveOrders.isEmpty() && hungThreads.isEmpty();
    }
}
