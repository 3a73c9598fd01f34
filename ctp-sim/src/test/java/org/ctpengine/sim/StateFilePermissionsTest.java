package org.ctpengine.sim;

import org.ctpengine.adapter.codes.Direction;
import org.ctpengine.adapter.codes.OffsetFlag;
import org.ctpengine.sim.testing.SimTrader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The counter's state and the resume cursor hold the account's orders and positions: owner-only. */
class StateFilePermissionsTest extends SimFrontTest
{
    @TempDir
    Path work;

    @ParameterizedTest
    @MethodSource("profiles")
    void stateDirectoryAndFilesAreOwnerOnly(final String profile) throws IOException
    {
        final Path stateDir = work.resolve("state");
        start(profile, "state_dir " + stateDir);
        front.control().setBook(RB, 3499, 5, 3500, 5);
        final SimTrader trader = front.trader("t");
        trader.login();
        trader.insertOrder(10, RB, Direction.BUY, OffsetFlag.OPEN, 3500, 1, "1");
        trader.drain();

        assertThat(permissions(stateDir)).isEqualTo("rwx------");
        final List<Path> files;
        try (Stream<Path> listed = Files.list(stateDir))
        {
            files = listed.toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString())
            .contains("ctpsim-state.bin", "ctpsim-orders.log", "ctpsim-trades.log", "ctpsim-topics.log");
        for (final Path file : files)
        {
            assertThat(permissions(file)).as(file.toString()).isEqualTo("rw-------");
        }
        assertThat(permissions(front.flowDirectory("t").resolve("ctpsim-private.con"))).isEqualTo("rw-------");
    }

    private static String permissions(final Path path) throws IOException
    {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
