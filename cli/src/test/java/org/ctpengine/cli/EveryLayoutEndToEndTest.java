package org.ctpengine.cli;

import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.codes.OrderStatus;
import org.ctpengine.adapter.struct.OrderFlyweight;
import org.ctpengine.engine.ring.EventSource;
import org.ctpengine.engine.ring.EventType;
import org.ctpengine.journal.Journal;
import org.ctpengine.journal.tools.EventDecoder;
import org.ctpengine.journal.tools.JournalScan;
import org.ctpengine.sim.SimLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine end to end on every layout the simulator is built for, the oldest (6.3.15: InstrumentID a char[31]
 * at the head of the structs, no TasPosition, no Banding prices) included: login, orders that fill, cancels at the
 * stop, a clean stop, a warm start into the same journal, and a replay of both runs that is identical. No
 * third-party file: the simulator's headers are generated from each profile.
 */
class EveryLayoutEndToEndTest
{
    /** The README's market maker, quoting one tick from mid (at the touch) so that it fills within seconds. */
    private static final String CONFIG = """
        journal: journal
        duration: 8s
        simulator:
          profile: "%s"
        accounts:
          - name: sim
        market-data:
          - name: sim-md
        strategies:
          - name: mm
            class: org.ctpengine.strategies.examples.MarketMaker
            account: sim
            instruments: [rb2501, m2501, SR501]
            params:
              half-spread-ticks: 1
        """;

    @TempDir
    Path dir;

    static List<String> profiles()
    {
        return SimLibrary.PROFILES;
    }

    @Test
    void theSimulatorIsBuiltForTheOldestAndTheShippedLayouts()
    {
        assertThat(SimLibrary.PROFILES).contains("6.3.15", "6.6.1_P1", "6.7.8");
    }

    @ParameterizedTest(name = "profile {0}")
    @MethodSource("profiles")
    void loginFillCancelStopWarmStartAndAnIdenticalReplay(final String profile) throws Exception
    {
        Files.writeString(dir.resolve("layout.yaml"), CONFIG.formatted(profile));
        final HostProcess.Outcome cold = HostProcess.run(dir, 120, "run", "--config", "layout.yaml");

        assertThat(cold.exit()).as(cold.output()).isZero();
        assertThat(cold.output()).contains("against the built-in simulator (profile " + profile + ")")
            .contains("READY").contains("stopping: cancelling orders, closing the journal ...")
            .containsPattern("summary: [0-9]+ s trading, [1-9][0-9]* ticks, [1-9][0-9]* orders \\(0 rejected\\), " +
                "[1-9][0-9]* fills, ").contains("journal ok")
            .doesNotContain("warm start from ");

        final HostProcess.Outcome warm = HostProcess.run(dir, 120, "run", "--config", "layout.yaml");

        assertThat(warm.exit()).as(warm.output()).isZero();
        assertThat(warm.output()).contains("warm start from ").contains("summary:").contains("journal ok");

        final Map<String, Integer> seen = journalFacts(dir.resolve("journal"));
        assertThat(seen).as("per run, in the journal laid out in %s", profile)
            .containsEntry("runs", 2)
            .containsEntry("profile " + profile, 2)
            .containsEntry("TD login ok", 2)
            .containsEntry("MD login ok", 2)
            .containsEntry("engine stop", 2);
        assertThat(seen.getOrDefault("filled", 0)).as("orders filled").isPositive();
        assertThat(seen.getOrDefault("cancelled", 0)).as("orders cancelled").isPositive();

        final String hint = lastReplayHint(warm.output());
        final String[] words = hint.split(" ");
        assertThat(words[0]).isEqualTo("./ctp-engine");
        final List<String> args = new ArrayList<>(List.of(words).subList(1, words.length));
        args.add("--no-progress");
        final HostProcess.Outcome replay = HostProcess.run(dir, 120, args.toArray(String[]::new));

        assertThat(replay.exit()).as(replay.output()).isZero();
        assertThat(replay.output()).contains("run 1 (cold start): identical: ")
            .contains("run 2 (warm start, restored ").contains("overall: all 2 runs identical");
    }

    private static String lastReplayHint(final String output)
    {
        final String trimmed = output.trim();
        final int at = trimmed.lastIndexOf("replay it: ");
        assertThat(at).as(output).isNotNegative();
        final String rest = trimmed.substring(at + "replay it: ".length());
        final int end = rest.indexOf('\n');
        return (end < 0 ? rest : rest.substring(0, end)).trim();
    }

    /** Counts what each run did, decoded with the layout the journal says it was recorded in. */
    private static Map<String, Integer> journalFacts(final Path journalDir)
    {
        final Map<String, Integer> seen = new HashMap<>();
        final EventDecoder decoder = new EventDecoder(null);
        try (Journal journal = Journal.openExisting(journalDir))
        {
            JournalScan.scan(journal, decoder, (number, index, header) ->
            {
                final EventType type = EventType.fromCode(header.type());
                switch (type)
                {
                    case JOURNAL_START ->
                    {
                        seen.merge("runs", 1, Integer::sum);
                        decoder.metadata().profiles().values().forEach(id -> seen.merge("profile " + id, 1, Integer::sum));
                    }
                    case RSP_USER_LOGIN ->
                    {
                        if (header.errorId() == 0)
                        {
                            seen.merge(EventSource.fromCode(header.source()) + " login ok", 1, Integer::sum);
                        }
                    }
                    case ENGINE_STOP -> seen.merge("engine stop", 1, Integer::sum);
                    case RTN_ORDER ->
                    {
                        final AbiProfile profile = decoder.profile(header);
                        final byte status = new OrderFlyweight(profile).wrap(header.buffer(), header.payloadOffset())
                            .orderStatus();
                        if (status == OrderStatus.CANCELED)
                        {
                            seen.merge("cancelled", 1, Integer::sum);
                        }
                        else if (status == OrderStatus.ALL_TRADED)
                        {
                            seen.merge("filled", 1, Integer::sum);
                        }
                    }
                    default ->
                    {
                    }
                }
                return true;
            });
        }
        return seen;
    }
}
