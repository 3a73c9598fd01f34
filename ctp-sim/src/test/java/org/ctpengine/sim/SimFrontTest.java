package org.ctpengine.sim;

import org.ctpengine.sim.testing.OrderEvents;
import org.ctpengine.sim.testing.RecordedCallback;
import org.ctpengine.sim.testing.SimFront;
import org.junit.jupiter.api.AfterEach;

import java.util.List;
import java.util.stream.Stream;

/**
 * What the behaviour tests share: a fresh simulator per test, driven from Java through ctp-adapter exactly as the
 * engine drives a CTP front, and released after it. Each test runs once per built profile.
 */
abstract class SimFrontTest
{
    static final String RB = "rb2501";

    SimFront front;

    static Stream<String> profiles()
    {
        return SimFront.profiles();
    }

    /** A fresh simulator whose market moves only when the test says; {@code config} lines applied on top. */
    SimFront start(final String profile, final String... config)
    {
        front = SimFront.start(profile, config);
        return front;
    }

    @AfterEach
    void closeFront()
    {
        if (front != null)
        {
            front.close();
        }
    }

    List<String> orderEvents(final List<RecordedCallback> callbacks)
    {
        return OrderEvents.of(front.profile(), callbacks);
    }
}
