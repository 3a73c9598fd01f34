package org.ctpengine.engine.strategy;

import org.ctpengine.engine.config.StrategyConfig;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.engine.risk.RiskChecker;
import org.ctpengine.engine.risk.RiskLimits;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctpengine.engine.strategy.StrategyEvents.T0;
import org.ctpengine.engine.api.Strategy;

/** How a strategy thread stops and is stopped, with recording strategies and a collecting publisher. */
class StopProtocolTest
{
    private final CollectingPublisher published = new CollectingPublisher();
    private final MarketState market = new MarketState(StrategyEvents.instruments());
    private final StrategyInvoker invoker = new StrategyInvoker();
    private final StopProtocol stop = new StopProtocol("strategies-0", invoker, new Announcer(published, market),
        published);
    private final List<String> calls = new ArrayList<>();

    StopProtocolTest()
    {
        invoker.stopActions(new StrategyInvoker.StopActions()
        {
            @Override
            public void cancelAll(final StrategySlot slot)
            {
                calls.add("cancelAll " + slot.name());
            }

            @Override
            public void announceStopped(final StrategySlot slot)
            {
                calls.add("stopped " + slot.name());
            }
        });
        market.onEvent(41, T0);
    }

    private StrategySlot slot(final int id, final String name, final Strategy strategy)
    {
        final StrategyConfig config = new StrategyConfig(name, strategy, StrategyEvents.ACCOUNT, 0, RiskLimits.none());
        final StrategySlot slot = new StrategySlot(id, config, null, 0, new RiskChecker(RiskLimits.none(), null, 16), 16, 1);
        invoker.add(slot);
        return slot;
    }

    private Strategy recording(final String name)
    {
        return new Strategy()
        {
            @Override
            public void onStop()
            {
                calls.add("onStop " + name);
            }
        };
    }

    @Test
    void engineStopIsAnnouncedOnceEveryStrategyHadItsOnStopEvenIfOneThrows()
    {
        stop.runnerIndex(2);
        slot(1, "a", new Strategy()
        {
            @Override
            public void onStop()
            {
                throw new IllegalStateException("bug in onStop");
            }
        });
        slot(2, "b", recording("b"));

        stop.onEngineStop();

        assertThat(calls).containsExactly("onStop b");
        assertThat(published.types()).containsExactly(EventType.STOP_HANDLED);
        assertThat(published.header(0).intArg()).isEqualTo(2);
        assertThat(published.header(0).causeSequence()).isEqualTo(41);
        assertThat(stop.hasHandledStop()).isTrue();
    }

    @Test
    void strategyAlreadyStoppedForThrowingGetsNoSecondOnStop()
    {
        final StrategySlot a = slot(1, "a", recording("a"));
        a.stopped = true;

        stop.onEngineStop();

        assertThat(calls).isEmpty();
    }

    @Test
    void killSwitchCancelsEveryStrategysOrdersBeforeTheStopButNotAfter()
    {
        slot(1, "a", recording("a"));
        slot(2, "b", recording("b"));

        stop.onKillSwitch(true);
        assertThat(calls).containsExactly("cancelAll a", "cancelAll b");

        calls.clear();
        stop.onEngineStop();
        stop.onKillSwitch(true); // the stop sent its cancels; the libraries may be closing

        assertThat(calls).containsExactly("onStop a", "onStop b");
    }

    @Test
    void journaledEvictionOfAnotherRunnerLeavesThisOneRunning()
    {
        stop.runnerIndex(0);

        stop.onEvicted(1);
        assertThat(stop.isEvicted()).isFalse();

        stop.onEvicted(0);
        assertThat(stop.isEvicted()).isTrue();
    }

    @Test
    void threadIsOutOfTheLibrariesOnceItHandledTheStopOrLeftTheRing()
    {
        assertThat(stop.isOutOfLibraries()).isFalse();

        stop.onShutdown();

        assertThat(stop.isOutOfLibraries()).isTrue();
        assertThat(stop.hasHandledStop()).isFalse();
    }
}
