package org.ctpengine.journal.tools.report;

import org.ctpengine.engine.calendar.TradingCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

class BacktestReportTest
{
    @TempDir
    Path dir;

    private static long cst(final String localDateTime)
    {
        return LocalDateTime.parse(localDateTime).toInstant(ZoneOffset.ofHours(8)).toEpochMilli() * 1_000_000L;
    }

    /** Two trading days of rb (10 per point): buy 2 @ 3500, sell 1 @ 3510 (+100), 1 @ 3490 (-100); next day -100. */
    private static BacktestReport twoDays()
    {
        final BacktestReport report = new BacktestReport("rb breakout", TradingCalendar.builtIn()).multiplier("rb2601", 10);
        report.price(cst("2026-11-23T09:00:00"), "rb2601", 3500);
        report.order(cst("2026-11-23T09:00:01"), "rb2601", true, 3500, 2);
        report.fill(cst("2026-11-23T09:00:01"), "rb2601", true, 3500, 2, 1.5);
        report.price(cst("2026-11-23T09:30:00"), "rb2601", 3520);
        report.order(cst("2026-11-23T09:30:01"), "rb2601", false, 3510, 1);
        report.fill(cst("2026-11-23T09:30:01"), "rb2601", false, 3510, 1, 1.5);
        report.price(cst("2026-11-23T10:00:00"), "rb2601", 3480);
        report.order(cst("2026-11-23T10:00:01"), "rb2601", false, 3490, 1);
        report.fill(cst("2026-11-23T10:00:01"), "rb2601", false, 3490, 1, 1.5);
        report.order(cst("2026-11-23T10:00:02"), "rb2601", true, 3400, 1);
        report.cancel(cst("2026-11-23T10:00:03"));
        report.rejection("position limit");
        report.price(cst("2026-11-24T09:00:00"), "rb2601", 3495);
        report.order(cst("2026-11-24T09:00:01"), "rb2601", false, 3495, 1);
        report.fill(cst("2026-11-24T09:00:01"), "rb2601", false, 3495, 1, 1.5);
        report.price(cst("2026-11-24T09:10:00"), "rb2601", 3505);
        report.order(cst("2026-11-24T09:10:01"), "rb2601", true, 3505, 1);
        report.fill(cst("2026-11-24T09:10:01"), "rb2601", true, 3505, 1, 1.5);
        report.rejection("position limit");
        report.rejection("CTP:资金不足");
        return report;
    }

    @Test
    void tableHoldsTheNumbersOfTheFills()
    {
        final String html = twoDays().html();

        assertThat(html).contains("<tr><td>Fills</td><td>5</td></tr>")
            .contains("<tr><td>Closing trades</td><td>3</td></tr>")
            .contains("<tr><td>Win rate</td><td>33.3%</td></tr>")
            // +100 - 100 - 100 in price, 7.5 commission
            .contains("<tr><td>PnL (after commission)</td><td>-107.50</td></tr>")
            .contains("<tr><td>Commission</td><td>7.50</td></tr>")
            .contains("<tr><td>Orders</td><td>6</td></tr>")
            .contains("<tr><td>Cancels</td><td>1</td></tr>")
            // peak 398.50 (2 lots at 3520), trough -107.50 at the end
            .contains("<tr><td>Max drawdown</td><td>506.00</td></tr>")
            .contains("<tr><td>20261123</td><td>4</td><td>1</td><td>-4.50</td></tr>")
            .contains("<tr><td>20261124</td><td>2</td><td>0</td><td>-103.00</td></tr>")
            .contains("<tr><td>position limit</td><td>2</td></tr>")
            .contains("<tr><td>CTP:资金不足</td><td>1</td></tr>");
        assertThat(Pattern.compile("<circle class=\"fill ").matcher(html).results().count()).isEqualTo(5);
        assertThat(html).doesNotContain("<script").doesNotContain("src=").doesNotContain("href=");
    }

    @Test
    void opensInHeadlessChromiumWithoutConsoleErrorsAndDrawsOneMarkerPerFill() throws Exception
    {
        final Path html = dir.resolve("report.html");
        twoDays().write(html);
        final Path screenshot = dir.resolve("report.png");

        final Chromium shot = Chromium.run(dir, "--screenshot=" + screenshot, "--window-size=1000,1400", html.toUri().toString());
        final Chromium dom = Chromium.run(dir, "--dump-dom", html.toUri().toString());

        assertThat(shot.exitCode()).as(shot.err()).isZero();
        assertThat(shot.err()).doesNotContain("CONSOLE");
        assertThat(dom.exitCode()).as(dom.err()).isZero();
        assertThat(dom.err()).doesNotContain("CONSOLE");
        assertThat(Pattern.compile("<circle class=\"fill (buy|sell)\"").matcher(dom.out()).results().count()).isEqualTo(5);
        final BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(pixels(image, 0xd62728, 0)).as("buy markers drawn").isGreaterThan(10);
        assertThat(pixels(image, 0x2ca02c, 0)).as("sell markers drawn").isGreaterThan(10);
        assertThat(pixels(image, 0x1f77b4, 60)).as("price line drawn (anti-aliased)").isGreaterThan(200);
    }

    /** Pixels whose red, green and blue each lie within {@code tolerance} of the colour's. */
    private static long pixels(final BufferedImage image, final int rgb, final int tolerance)
    {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++)
        {
            for (int x = 0; x < image.getWidth(); x++)
            {
                final int pixel = image.getRGB(x, y);
                if (Math.abs((pixel >> 16 & 0xFF) - (rgb >> 16 & 0xFF)) <= tolerance &&
                    Math.abs((pixel >> 8 & 0xFF) - (rgb >> 8 & 0xFF)) <= tolerance &&
                    Math.abs((pixel & 0xFF) - (rgb & 0xFF)) <= tolerance)
                {
                    count++;
                }
            }
        }
        return count;
    }

    /** Debian's chromium, headless, as a child process with a deadline. */
    private record Chromium(int exitCode, String out, String err)
    {
        static Chromium run(final Path work, final String... args) throws IOException, InterruptedException
        {
            final Path out = Files.createTempFile(work, "chromium", ".out");
            final Path err = Files.createTempFile(work, "chromium", ".err");
            final List<String> command = new ArrayList<>(List.of("chromium", "--headless", "--no-sandbox",
                "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1", "--enable-logging=stderr", "--v=0",
                "--user-data-dir=" + work.resolve("profile")));
            command.addAll(List.of(args));
            final Process process = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS))
            {
                process.destroyForcibly();
                throw new AssertionError("chromium did not finish within 120 s: " + command);
            }
            return new Chromium(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        }
    }
}
