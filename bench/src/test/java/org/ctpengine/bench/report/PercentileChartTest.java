package org.ctpengine.bench.report;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PercentileChartTest
{
    private static Histogram uniform(final long from, final long to)
    {
        final Histogram h = new Histogram(3_600_000_000_000L, 3);
        for (long v = from; v <= to; v++)
        {
            h.recordValue(v);
        }
        return h;
    }

    private static Document parse(final String svg) throws Exception
    {
        final DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void isWellFormedSvgWithOneLineAndLegendEntryPerContender() throws Exception
    {
        final String svg = new PercentileChart("ours <vs> \"theirs\" & more", List.of(
            new PercentileChart.Series("ours & co", uniform(100, 10_000)),
            new PercentileChart.Series("<peer>", uniform(1000, 100_000)))).toSvg();

        final Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        final NodeList lines = doc.getElementsByTagName("polyline");
        assertThat(lines.getLength()).isEqualTo(2);
        assertThat(((Element)lines.item(0)).getElementsByTagName("title").item(0).getTextContent()).isEqualTo("ours & co");
        assertThat(svg).contains(">&lt;peer&gt;</text>");
    }

    @Test
    void placesPercentilesOnALogScaleOfOneOverOneMinusQ()
    {
        final List<PercentileChart.Point> points = PercentileChart.points(uniform(1, 100_000), 1e6);

        assertThat(points.get(0).x()).isEqualTo(1.0);
        assertThat(points).anySatisfy(p -> assertThat(p.x()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.01)));
        assertThat(points.get(points.size() - 1).x()).isEqualTo(1e6); // the maximum, at the right edge
        assertThat(points.get(points.size() - 1).y()).isEqualTo(100_031.0);
        for (int i = 1; i < points.size(); i++)
        {
            assertThat(points.get(i).x()).isGreaterThanOrEqualTo(points.get(i - 1).x());
            assertThat(points.get(i).y()).isGreaterThanOrEqualTo(points.get(i - 1).y());
        }
    }

    @Test
    void xAxisReachesTheDecadeTheSampleCountResolves()
    {
        assertThat(PercentileChart.xMax(List.of(new PercentileChart.Series("a", uniform(1, 200_000))))).isEqualTo(1e6);
        assertThat(PercentileChart.xMax(List.of(new PercentileChart.Series("a", uniform(1, 10))))).isEqualTo(1000.0);
    }

    @Test
    void labelsAxesInPercentilesAndReadableDurations()
    {
        assertThat(PercentileChart.percentileLabel(0)).isEqualTo("0%");
        assertThat(PercentileChart.percentileLabel(1)).isEqualTo("90%");
        assertThat(PercentileChart.percentileLabel(2)).isEqualTo("99%");
        assertThat(PercentileChart.percentileLabel(4)).isEqualTo("99.99%");
        assertThat(PercentileChart.durationLabel(2)).isEqualTo("100 ns");
        assertThat(PercentileChart.durationLabel(3)).isEqualTo("1 µs");
        assertThat(PercentileChart.durationLabel(7)).isEqualTo("10 ms");
        assertThat(PercentileChart.durationLabel(9)).isEqualTo("1 s");
    }
}
