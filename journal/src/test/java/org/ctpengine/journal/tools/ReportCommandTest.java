package org.ctpengine.journal.tools;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCommandTest
{
    @TempDir
    Path dir;

    @Test
    void reportOfAJournalMarksItsFillsAndCountsItsRejections() throws Exception
    {
        final Path html = dir.resolve("report/report.html");

        final Tool report = Tool.run("report", SmallJournals.mixed(dir.resolve("j")).toString(), "--out", html.toString(),
            "--multiplier", "rb2605=10", "--commission", "2.5", "--title", "mixed");

        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(report.out()).startsWith("report of 0 orders and 1 fills written to " + html.toAbsolutePath());
        final String text = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(Pattern.compile("<circle class=\"fill sell\"").matcher(text).results().count()).isEqualTo(1);
        assertThat(text).contains("<title>mixed</title>")
            .contains("<tr><td>Commission</td><td>2.50</td></tr>")
            .contains("<tr><td>CTP error 22: CTP:重复的报单</td><td>1</td></tr>")
            .contains("<h2>rb2605</h2>").contains("<h2>au2606</h2>");
    }
}
