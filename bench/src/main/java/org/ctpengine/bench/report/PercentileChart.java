package org.ctpengine.bench.report;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A latency-by-percentile chart as SVG, the way HdrHistogram's plotter draws it: x = 1/(1-q) on a log scale, so
 * that 90%, 99%, 99.9% … are evenly spaced and the tail gets as much room as the median; y = latency, also on a
 * log scale, because a median of microseconds and a tail of milliseconds must both be readable. One line per
 * contender.
 *
 * <p>Hand-written rather than a charting library: the chart needs lines, axes and text only, and an SVG of that is
 * a page of string formatting, while the libraries that render SVG (JFreeChart + JFreeSVG, XChart) would add
 * megabytes of dependencies to the benchmark class path for it.
 */
public final class PercentileChart
{
    /** One contender's curve. */
    public record Series(String name, Histogram histogram)
    {
    }

    private static final String[] COLOURS = {
        "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"};
    private static final int WIDTH = 1120;
    private static final int LEFT = 80;
    private static final int TOP = 72;
    private static final int PLOT_WIDTH = 560;
    private static final int PLOT_HEIGHT = 380;
    private static final int LEGEND_LINE = 18;
    /** Points per halving of the distance to 100%: enough for a smooth tail. */
    private static final int TICKS_PER_HALF_DISTANCE = 5;

    private final String title;
    private final List<Series> series;

    public PercentileChart(final String title, final List<Series> series)
    {
        this.title = title;
        this.series = List.copyOf(series);
    }

    /** One point of a curve: x = 1/(1-q), y = latency in ns. */
    record Point(double x, double y)
    {
    }

    /** The curve of a histogram; the 100% point (the maximum) is placed at {@code xMax}. */
    static List<Point> points(final Histogram histogram, final double xMax)
    {
        final List<Point> points = new ArrayList<>();
        for (final HistogramIterationValue value : histogram.percentiles(TICKS_PER_HALF_DISTANCE))
        {
            final double q = value.getPercentileLevelIteratedTo() / 100.0;
            final double x = q >= 1.0 ? xMax : Math.min(xMax, 1.0 / (1.0 - q));
            points.add(new Point(x, Math.max(1, value.getValueIteratedTo())));
        }
        return points;
    }

    /** The x range: up to the decade that a histogram's sample count can still resolve (at least 99.9%). */
    static double xMax(final List<Series> series)
    {
        long most = 1;
        for (final Series s : series)
        {
            most = Math.max(most, s.histogram.getTotalCount());
        }
        return Math.max(1000, Math.pow(10, Math.ceil(Math.log10(most))));
    }

    public String toSvg()
    {
        final double xMax = xMax(series);
        final List<List<Point>> curves = new ArrayList<>();
        double yLow = Double.MAX_VALUE;
        double yHigh = 1;
        for (final Series s : series)
        {
            final List<Point> curve = points(s.histogram, xMax);
            curves.add(curve);
            for (final Point p : curve)
            {
                yLow = Math.min(yLow, p.y);
                yHigh = Math.max(yHigh, p.y);
            }
        }
        final int yLowDecade = curves.isEmpty() ? 1 : (int)Math.floor(Math.log10(yLow));
        final int yHighDecade = Math.max(yLowDecade + 1, (int)Math.ceil(Math.log10(yHigh)));
        final int xDecades = (int)Math.round(Math.log10(xMax));
        final int height = Math.max(TOP + PLOT_HEIGHT + 70, TOP + 20 + LEGEND_LINE * series.size());

        final StringBuilder svg = new StringBuilder(16_384);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" " +
            "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, height, WIDTH, height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, height));
        final List<String> titleLines = wrap(title, 120);
        for (int i = 0; i < titleLines.size(); i++)
        {
            text(svg, LEFT, 20 + 16 * i, "start", i == 0 ? "font-size=\"13\" font-weight=\"bold\"" : "", titleLines.get(i));
        }

        // Grid and axes.
        for (int d = 0; d <= xDecades; d++)
        {
            final double x = LEFT + PLOT_WIDTH * d / (double)xDecades;
            line(svg, x, TOP, x, TOP + PLOT_HEIGHT, "#dddddd");
            text(svg, x, TOP + PLOT_HEIGHT + 16, "middle", "", percentileLabel(d));
        }
        for (int d = yLowDecade; d <= yHighDecade; d++)
        {
            final double y = TOP + PLOT_HEIGHT - PLOT_HEIGHT * (d - yLowDecade) / (double)(yHighDecade - yLowDecade);
            line(svg, LEFT, y, LEFT + PLOT_WIDTH, y, "#dddddd");
            text(svg, LEFT - 6, y + 4, "end", "", durationLabel(d));
        }
        line(svg, LEFT, TOP + PLOT_HEIGHT, LEFT + PLOT_WIDTH, TOP + PLOT_HEIGHT, "#000000");
        line(svg, LEFT, TOP, LEFT, TOP + PLOT_HEIGHT, "#000000");
        text(svg, LEFT + PLOT_WIDTH / 2.0, TOP + PLOT_HEIGHT + 38, "middle", "",
            "percentile (x = 1/(1-q), log scale)");
        text(svg, 18, TOP + PLOT_HEIGHT / 2.0, "middle",
            String.format(Locale.ROOT, "transform=\"rotate(-90 18 %.1f)\"", TOP + PLOT_HEIGHT / 2.0), "latency (log scale)");

        // Curves and legend.
        for (int i = 0; i < curves.size(); i++)
        {
            final String colour = COLOURS[i % COLOURS.length];
            svg.append("<polyline fill=\"none\" stroke-width=\"1.6\" stroke=\"").append(colour).append("\" points=\"");
            for (final Point p : curves.get(i))
            {
                final double x = LEFT + PLOT_WIDTH * Math.log10(p.x) / xDecades;
                final double y = TOP + PLOT_HEIGHT -
                    PLOT_HEIGHT * (Math.log10(p.y) - yLowDecade) / (yHighDecade - yLowDecade);
                svg.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            svg.append("\"><title>").append(escape(series.get(i).name)).append("</title></polyline>\n");
            final double legendY = TOP + 10 + LEGEND_LINE * i;
            line(svg, LEFT + PLOT_WIDTH + 20, legendY - 4, LEFT + PLOT_WIDTH + 44, legendY - 4, colour);
            text(svg, LEFT + PLOT_WIDTH + 50, legendY, "start", "", series.get(i).name);
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** Splits a title at spaces into lines of at most {@code width} characters (two lines at most). */
    static List<String> wrap(final String text, final int width)
    {
        final List<String> lines = new ArrayList<>();
        String rest = text;
        while (rest.length() > width && lines.size() < 2)
        {
            final int space = rest.lastIndexOf(' ', width);
            final int cut = space > 0 ? space : width;
            lines.add(rest.substring(0, cut));
            rest = rest.substring(cut).strip();
        }
        lines.add(rest);
        return lines;
    }

    /** The percentile at x = 10^decade: 0%, 90%, 99%, 99.9% … */
    static String percentileLabel(final int decade)
    {
        return switch (decade)
        {
            case 0 -> "0%";
            case 1 -> "90%";
            case 2 -> "99%";
            default -> "99." + "9".repeat(decade - 2) + "%";
        };
    }

    /** 10^decade ns in the unit that reads best: 1 ns, 100 ns, 1 µs, 10 ms … */
    static String durationLabel(final int decade)
    {
        final String[] units = {"ns", "µs", "ms", "s"};
        final int unit = Math.min(units.length - 1, Math.max(0, decade / 3));
        final long value = (long)Math.pow(10, decade - 3 * unit);
        return value + " " + units[unit];
    }

    private static void line(final StringBuilder svg, final double x1, final double y1, final double x2, final double y2,
        final String colour)
    {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n",
            x1, y1, x2, y2, colour));
    }

    private static void text(final StringBuilder svg, final double x, final double y, final String anchor,
        final String attributes, final String content)
    {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" %s>", x, y, anchor,
            attributes)).append(escape(content)).append("</text>\n");
    }

    /** XML text and attribute escaping. */
    static String escape(final String text)
    {
        final StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++)
        {
            final char c = text.charAt(i);
            switch (c)
            {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
