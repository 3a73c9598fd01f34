package org.ctpengine.cli;

import org.ctpengine.engine.api.Strategy;
import org.ctpengine.strategies.examples.Breakout;
import org.ctpengine.strategies.examples.MarketMaker;
import org.ctpengine.strategies.examples.PairSpread;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code --strategy}/{@code --param}: the examples by short name, settings by their records' names, errors naming them. */
class StrategyOptionTest
{
    private static final List<String> INSTRUMENTS = List.of("rb2501", "m2501");

    /** A strategy with only a no-argument constructor, as a user's class on the class path. */
    public static final class Idle implements Strategy
    {
    }

    @Test
    void examplesAreNamedShortOrByClass()
    {
        assertThat(StrategyOption.create("market-maker", Map.of(), INSTRUMENTS)).isInstanceOf(MarketMaker.class);
        assertThat(StrategyOption.create("breakout", Map.of(), INSTRUMENTS)).isInstanceOf(Breakout.class);
        assertThat(StrategyOption.create("pair-spread", Map.of(), INSTRUMENTS)).isInstanceOf(PairSpread.class);
        assertThat(StrategyOption.create(Breakout.class.getName(), Map.of(), INSTRUMENTS)).isInstanceOf(Breakout.class);
    }

    @Test
    void paramsOverrideTheExampleDefaultsByTheirRecordNames()
    {
        // the refusal prints the settings the params made: the first instrument, lookback and lots overridden
        assertThatThrownBy(() -> StrategyOption.create("breakout", params("lookbackMillis", "0", "lots", "2"), INSTRUMENTS))
            .hasMessage("--param: Breakout refused its settings: breakout: bad settings Settings[instrument=rb2501, " +
                "lookbackMillis=0, lots=2, stopTicks=5, takeProfitTicks=10, coolDownMillis=30000, capacity=8192]");
        assertThatThrownBy(() -> StrategyOption.create("market-maker", params("instruments", "a, b", "quoteSize", "0"), INSTRUMENTS))
            .hasMessageEndingWith("Settings[instruments=[a, b], halfSpreadTicks=2, quoteSize=0, maxInventory=5, maxLoss=20000.0]");
        assertThatThrownBy(() -> StrategyOption.create("pair-spread", params("legA", "x", "legB", "y", "exitZ", "3"), List.of()))
            .hasMessageEndingWith("Settings[legA=x, legB=y, window=600, entryZ=2.0, exitZ=3.0, lots=1, retryMillis=1000]");
    }

    @Test
    void unknownParamIsNamedWithTheKnownOnes()
    {
        assertThatThrownBy(() -> StrategyOption.create("breakout", params("lookbakMillis", "2000"), INSTRUMENTS))
            .hasMessage("--param lookbakMillis: unknown key for Breakout (did you mean lookbackMillis?); it reads " +
                "[lookbackMillis, lots, stopTicks, takeProfitTicks, coolDownMillis, capacity]");
    }

    @Test
    void unreadableValueIsNamed()
    {
        assertThatThrownBy(() -> StrategyOption.create("breakout", params("lots", "two"), INSTRUMENTS))
            .hasMessage("--param lots: \"two\" is not an integer");
    }

    @Test
    void pairSpreadNeedsTwoInstruments()
    {
        assertThatThrownBy(() -> StrategyOption.create("pair-spread", Map.of(), List.of("rb2501")))
            .hasMessageStartingWith("pair-spread needs two instruments");
    }

    @Test
    void aClassWithANoArgumentConstructorTakesNoParams()
    {
        assertThat(StrategyOption.create(Idle.class.getName(), Map.of(), INSTRUMENTS)).isInstanceOf(Idle.class);
        assertThatThrownBy(() -> StrategyOption.create(Idle.class.getName(), params("lots", "1"), INSTRUMENTS))
            .hasMessage("--param: " + Idle.class.getName() + " takes no params (it has no public constructor taking StrategyParams)");
    }

    @Test
    void unknownClassIsNamed()
    {
        assertThatThrownBy(() -> StrategyOption.create("no.such.Strategy", Map.of(), INSTRUMENTS))
            .hasMessage("--strategy no.such.Strategy: \"no.such.Strategy\" is not a class on the class path; " +
                "examples: [market-maker, breakout, pair-spread, moving-average-cross]");
        assertThatThrownBy(() -> StrategyOption.create("java.lang.String", Map.of(), INSTRUMENTS))
            .hasMessageStartingWith("--strategy java.lang.String: java.lang.String is not a concrete class implementing");
    }

    private static Map<String, String> params(final String... namesAndValues)
    {
        final Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2)
        {
            params.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return params;
    }
}
