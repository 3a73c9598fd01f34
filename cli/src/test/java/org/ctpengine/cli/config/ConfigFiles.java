package org.ctpengine.cli.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes configuration and credentials files for tests; {@code config/} of the checkout for the shipped examples. */
final class ConfigFiles
{
    /** A small valid simulator configuration, to be broken one key at a time. */
    static final String SIMULATOR = """
        journal: journal
        simulator:
          profile: "6.7.8"
        accounts:
          - name: sim
            broker: "9999"
            user: "000001"
        market-data:
          - name: sim-md
        strategies:
          - name: mm
            class: org.ctpengine.strategies.examples.MarketMaker
            instruments: [rb2501]
        """;

    private ConfigFiles()
    {
    }

    static Path write(final Path dir, final String name, final String yaml) throws IOException
    {
        return Files.writeString(dir.resolve(name), yaml);
    }

    static Path credentials(final Path dir, final String name, final String text, final String mode) throws IOException
    {
        final Path file = Files.writeString(dir.resolve(name), text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        return file;
    }

    /** The checkout's top-level {@code config/} folder. */
    static Path examples()
    {
        return Path.of(System.getProperty("ctp.root", "..")).resolve("config");
    }
}
