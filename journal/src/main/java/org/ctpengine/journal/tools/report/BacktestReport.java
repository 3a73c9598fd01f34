package org.ctpengine.journal.tools.report;

import org.ctpengine.engine.calendar.Dates;
import org.ctpengine.engine.calendar.TradingCalendar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A backtest report: one self-contained HTML file (no script, no network fetch; the charts are SVG written here) with
 * each instrument's price and the strategy's orders and fills marked, the positions, the equity curve and drawdown,
 * and a table: fills, closing trades and win rate, PnL, commission, max drawdown, Sharpe on daily PnL, orders and
 * cancels per trading day, rejections by reason.
 *
 * <p>Feed it a replay's events in time order, then {@link #write}. Charts as generated SVG rather than a charting
 * library: the file must open offline and in any browser, a library inlined would be most of its size, and the charts
 * needed here are lines, steps and markers. Confined to one thread.
 */
public final class BacktestReport
{
    /** Fill marker colours; the test reads them back from a screenshot. */
    static final String BUY_COLOUR = "#d62728";
    static final String SELL_COLOUR = "#2ca02c";
    private static final int WIDTH = 960;
    private static final int PRICE_HEIGHT = 260;
    private static final int SMALL_HEIGHT = 140;
    private static final int MARGIN = 48;

    private record Price(long epochNanos, double price)
    {
    }

    private record Mark(long epochNanos, boolean buy, double price, int volume)
    {
    }

    private final String title;
    private final TradingCalendar calendar;
    private final Map<String, Double> multipliers = new HashMap<>();
    private final Map<String, List<Price>> prices = new LinkedHashMap<>();
    private final Map<String, List<Mark>> fills = new LinkedHashMap<>();
    private final Map<String, List<Mark>> orders = new LinkedHashMap<>();
    private final TreeMap<Integer, long[]> perDay = new TreeMap<>(); // {orders, cancels}
    private final Map<String, Integer> rejections = new TreeMap<>();
    private final BacktestStats stats = new BacktestStats(multipliers);

    public BacktestReport(final String title, final TradingCalendar calendar)
    {
        this.title = title;
        this.calendar = calendar;
    }

    /** Contract size of an instrument (value of one lot per point); 1 when not given. Call before its events. */
    public BacktestReport multiplier(final String instrument, final double multiplier)
    {
        multipliers.put(instrument, multiplier);
        return this;
    }

    /** Whether a contract size was given for the instrument. */
    public boolean hasMultiplier(final String instrument)
    {
        return multipliers.containsKey(instrument);
    }

    /** A traded price (LastPrice of a tick). */
    public void price(final long epochNanos, final String instrument, final double price)
    {
        if (price > 0 && price < Double.MAX_VALUE)
        {
            prices.computeIfAbsent(instrument, k -> new ArrayList<>()).add(new Price(epochNanos, price));
            stats.onPrice(epochNanos, calendar.tradingDay(epochNanos), instrument, price);
        }
    }

    /** An order the strategy sent. */
    public void order(final long epochNanos, final String instrument, final boolean buy, final double price, final int volume)
    {
        orders.computeIfAbsent(instrument, k -> new ArrayList<>()).add(new Mark(epochNanos, buy, price, volume));
        day(epochNanos)[0]++;
    }

    /** A cancel the strategy sent. */
    public void cancel(final long epochNanos)
    {
        day(epochNanos)[1]++;
    }

    /** An order refused (by risk, the counter or the exchange), with its reason. */
    public void rejection(final String reason)
    {
        rejections.merge(reason == null || reason.isBlank() ? "(no reason given)" : reason, 1, Integer::sum);
    }

    /** A fill of the strategy's order. */
    public void fill(final long epochNanos, final String instrument, final boolean buy, final double price, final int volume,
        final double commission)
    {
        fills.computeIfAbsent(instrument, k -> new ArrayList<>()).add(new Mark(epochNanos, buy, price, volume));
        prices.computeIfAbsent(instrument, k -> new ArrayList<>());
        stats.onFill(epochNanos, calendar.tradingDay(epochNanos), instrument, buy, price, volume, commission);
    }

    private long[] day(final long epochNanos)
    {
        return perDay.computeIfAbsent(calendar.tradingDay(epochNanos), k -> new long[2]);
    }

    /** Writes the report (replacing the file). */
    public void write(final Path file) throws IOException
    {
        final Path parent = file.toAbsolutePath().getParent();
        if (parent != null)
        {
            Files.createDirectories(parent);
        }
        Files.writeString(file, html(), StandardCharsets.UTF_8);
    }

    /** The whole document. */
    public String html()
    {
        final StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(escape(title))
            .append("</title>\n<style>body{font:14px sans-serif;margin:24px;color:#222}table{border-collapse:collapse;" +
                "margin:8px 0 24px}td,th{border:1px solid #ccc;padding:3px 10px;text-align:right}th{background:#f4f4f4}" +
                "td:first-child,th:first-child{text-align:left}svg{display:block;margin:4px 0 16px;background:#fff}" +
                ".axis{stroke:#999;stroke-width:1}.label{font:11px sans-serif;fill:#555}</style></head><body>\n");
        out.append("<h1>").append(escape(title)).append("</h1>\n");
        summary(out);
        for (final Map.Entry<String, List<Price>> instrument : prices.entrySet())
        {
            out.append("<h2>").append(escape(instrument.getKey())).append("</h2>\n");
            priceChart(out, instrument.getKey(), instrument.getValue());
            positionChart(out, instrument.getKey());
        }
        out.append("<h2>Equity and drawdown</h2>\n");
        equityChart(out);
        tables(out);
        return out.append("</body></html>\n").toString();
    }

    private void summary(final StringBuilder out)
    {
        out.append("<table id=\"summary\"><tr><th>Measure</th><th>Value</th></tr>\n");
        row(out, "Fills", Long.toString(stats.fills()));
        row(out, "Closing trades", Integer.toString(stats.closedTrades()));
        row(out, "Win rate", Double.isNaN(stats.winRate()) ? "n/a" : percent(stats.winRate()));
        row(out, "PnL (after commission)", number(stats.pnl()));
        row(out, "Commission", number(stats.commission()));
        row(out, "Max drawdown", number(stats.maxDrawdown()));
        row(out, "Sharpe (daily PnL, 252 days)", Double.isNaN(stats.sharpe()) ? "n/a" : number(stats.sharpe()));
        row(out, "Orders", Long.toString(perDay.values().stream().mapToLong(d -> d[0]).sum()));
        row(out, "Cancels", Long.toString(perDay.values().stream().mapToLong(d -> d[1]).sum()));
        row(out, "Rejections", Integer.toString(rejections.values().stream().mapToInt(Integer::intValue).sum()));
        out.append("</table>\n");
    }

    private void tables(final StringBuilder out)
    {
        out.append("<h2>Per trading day</h2>\n<table id=\"days\"><tr><th>Trading day</th><th>Orders</th><th>Cancels</th>" +
            "<th>PnL</th></tr>\n");
        final Map<Integer, Double> daily = stats.dailyPnl();
        final TreeMap<Integer, Boolean> days = new TreeMap<>();
        perDay.keySet().forEach(d -> days.put(d, true));
        daily.keySet().forEach(d -> days.put(d, true));
        for (final Integer day : days.keySet())
        {
            final long[] counts = perDay.getOrDefault(day, new long[2]);
            out.append("<tr><td>").append(day).append("</td><td>").append(counts[0]).append("</td><td>").append(counts[1])
                .append("</td><td>").append(number(daily.getOrDefault(day, 0.0))).append("</td></tr>\n");
        }
        out.append("</table>\n<h2>Rejections by reason</h2>\n<table id=\"rejections\"><tr><th>Reason</th><th>Count</th></tr>\n");
        rejections.forEach((reason, count) -> row(out, reason, Integer.toString(count)));
        out.append("</table>\n");
    }

    private void priceChart(final StringBuilder out, final String instrument, final List<Price> series)
    {
        final List<Mark> filled = fills.getOrDefault(instrument, List.of());
        final List<Mark> sent = orders.getOrDefault(instrument, List.of());
        double low = Double.MAX_VALUE;
        double high = -Double.MAX_VALUE;
        for (final Price p : series)
        {
            low = Math.min(low, p.price());
            high = Math.max(high, p.price());
        }
        for (final Mark m : filled)
        {
            low = Math.min(low, m.price());
            high = Math.max(high, m.price());
        }
        final long[] times = times(instrument);
        if (times.length == 0 || low > high)
        {
            return;
        }
        final Scale scale = new Scale(times, low, high, PRICE_HEIGHT);
        svgOpen(out, "price-" + instrument, PRICE_HEIGHT, scale);
        out.append("<polyline class=\"price\" fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"1.2\" points=\"");
        for (final Price p : series)
        {
            out.append(scale.x(p.epochNanos())).append(',').append(scale.y(p.price())).append(' ');
        }
        out.append("\"/>\n");
        for (final Mark m : sent)
        {
            if (m.price() >= low && m.price() <= high)
            {
                final String x = scale.x(m.epochNanos());
                final String y = scale.y(m.price());
                out.append("<path class=\"order\" d=\"M").append(x).append(' ').append(y).append(" m-4 0 h8\" stroke=\"#888\"/>\n");
            }
        }
        for (final Mark m : filled)
        {
            out.append("<circle class=\"fill ").append(m.buy() ? "buy" : "sell").append("\" cx=\"").append(scale.x(m.epochNanos()))
                .append("\" cy=\"").append(scale.y(m.price())).append("\" r=\"4\" fill=\"").append(m.buy() ? BUY_COLOUR : SELL_COLOUR)
                .append("\"><title>").append(m.buy() ? "buy " : "sell ").append(m.volume()).append(" @ ")
                .append(number(m.price())).append("</title></circle>\n");
        }
        out.append("</svg>\n<p class=\"label\">line: last price; circles: fills (red buy, green sell); grey dashes: orders " +
            "sent at their limit price; time runs by event, so closed hours take no space</p>\n");
    }

    private void positionChart(final StringBuilder out, final String instrument)
    {
        final List<BacktestStats.PositionStep> steps = stats.positions().stream()
            .filter(s -> s.instrument().equals(instrument)).toList();
        final List<Price> series = prices.get(instrument);
        if (steps.isEmpty() || series == null || series.isEmpty())
        {
            return;
        }
        final long[] times = times(instrument);
        final long start = times[0];
        final long end = times[times.length - 1];
        long low = 0;
        long high = 0;
        for (final BacktestStats.PositionStep s : steps)
        {
            low = Math.min(low, s.position());
            high = Math.max(high, s.position());
        }
        final Scale scale = new Scale(times, low, high == low ? low + 1 : high, SMALL_HEIGHT);
        svgOpen(out, "position-" + instrument, SMALL_HEIGHT, scale);
        out.append("<polyline class=\"position\" fill=\"none\" stroke=\"#9467bd\" stroke-width=\"1.5\" points=\"")
            .append(scale.x(start)).append(',').append(scale.y(0)).append(' ');
        long previous = 0;
        for (final BacktestStats.PositionStep s : steps)
        {
            out.append(scale.x(s.epochNanos())).append(',').append(scale.y(previous)).append(' ')
                .append(scale.x(s.epochNanos())).append(',').append(scale.y(s.position())).append(' ');
            previous = s.position();
        }
        out.append(scale.x(end)).append(',').append(scale.y(previous)).append("\"/>\n</svg>\n<p class=\"label\">net position (lots)</p>\n");
    }

    private void equityChart(final StringBuilder out)
    {
        final List<BacktestStats.Point> points = stats.equity();
        if (points.isEmpty())
        {
            out.append("<p>No prices or fills.</p>\n");
            return;
        }
        double low = 0;
        double high = 0;
        for (final BacktestStats.Point p : points)
        {
            low = Math.min(low, Math.min(p.equity(), p.drawdown()));
            high = Math.max(high, p.equity());
        }
        final Scale scale = new Scale(points.stream().mapToLong(BacktestStats.Point::epochNanos).distinct().sorted().toArray(),
            low, high == low ? low + 1 : high, PRICE_HEIGHT);
        svgOpen(out, "equity", PRICE_HEIGHT, scale);
        out.append("<polygon class=\"drawdown\" fill=\"#f5b7b1\" points=\"")
            .append(scale.x(points.get(0).epochNanos())).append(',').append(scale.y(0)).append(' ');
        for (final BacktestStats.Point p : points)
        {
            out.append(scale.x(p.epochNanos())).append(',').append(scale.y(p.drawdown())).append(' ');
        }
        out.append(scale.x(points.get(points.size() - 1).epochNanos())).append(',').append(scale.y(0)).append("\"/>\n");
        out.append("<polyline class=\"equity\" fill=\"none\" stroke=\"#222\" stroke-width=\"1.5\" points=\"");
        for (final BacktestStats.Point p : points)
        {
            out.append(scale.x(p.epochNanos())).append(',').append(scale.y(p.equity())).append(' ');
        }
        out.append("\"/>\n</svg>\n<p class=\"label\">black: equity (PnL marked to the last price, after commission); " +
            "red area: drawdown from the running peak</p>\n");
    }

    private static void svgOpen(final StringBuilder out, final String id, final int height, final Scale scale)
    {
        out.append("<svg id=\"").append(escape(id)).append("\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH)
            .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
            .append("\">\n<line class=\"axis\" x1=\"").append(MARGIN).append("\" y1=\"").append(height - MARGIN / 2)
            .append("\" x2=\"").append(WIDTH - 8).append("\" y2=\"").append(height - MARGIN / 2).append("\"/>\n")
            .append("<line class=\"axis\" x1=\"").append(MARGIN).append("\" y1=\"8\" x2=\"").append(MARGIN).append("\" y2=\"")
            .append(height - MARGIN / 2).append("\"/>\n");
        out.append("<text class=\"label\" x=\"2\" y=\"16\">").append(number(scale.high)).append("</text>\n")
            .append("<text class=\"label\" x=\"2\" y=\"").append(height - MARGIN / 2).append("\">").append(number(scale.low))
            .append("</text>\n<text class=\"label\" x=\"").append(MARGIN).append("\" y=\"").append(height - 6).append("\">")
            .append(time(scale.start)).append("</text>\n<text class=\"label\" text-anchor=\"end\" x=\"").append(WIDTH - 8)
            .append("\" y=\"").append(height - 6).append("\">").append(time(scale.end)).append("</text>\n");
    }

    /**
     * Maps time and value to the plot area. Time is placed by the order of the chart's events, not linearly: nights,
     * weekends and holidays, when nothing happens, take no space.
     */
    private static final class Scale
    {
        final long[] times;
        final long start;
        final long end;
        final double low;
        final double high;
        final int height;

        Scale(final long[] times, final double low, final double high, final int height)
        {
            this.times = times;
            this.start = times[0];
            this.end = times[times.length - 1];
            this.low = low;
            this.high = high == low ? low + 1 : high;
            this.height = height;
        }

        String x(final long epochNanos)
        {
            int index = Arrays.binarySearch(times, epochNanos);
            index = index >= 0 ? index : Math.min(-index - 1, times.length - 1);
            final double share = times.length == 1 ? 0.5 : index / (double)(times.length - 1);
            return format(MARGIN + (WIDTH - MARGIN - 8) * share);
        }

        String y(final double value)
        {
            return format(8 + (height - MARGIN / 2.0 - 8) * (high - value) / (high - low));
        }
    }

    /** The distinct times of an instrument's prices, orders and fills, sorted. */
    private long[] times(final String instrument)
    {
        final TreeSet<Long> times = new TreeSet<>();
        prices.getOrDefault(instrument, List.of()).forEach(p -> times.add(p.epochNanos()));
        fills.getOrDefault(instrument, List.of()).forEach(m -> times.add(m.epochNanos()));
        orders.getOrDefault(instrument, List.of()).forEach(m -> times.add(m.epochNanos()));
        return times.stream().mapToLong(Long::longValue).toArray();
    }

    private static void row(final StringBuilder out, final String name, final String value)
    {
        out.append("<tr><td>").append(escape(name)).append("</td><td>").append(escape(value)).append("</td></tr>\n");
    }

    private static String format(final double value)
    {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String number(final double value)
    {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String percent(final double value)
    {
        return String.format(Locale.ROOT, "%.1f%%", value * 100);
    }

    private static String time(final long epochNanos)
    {
        final StringBuilder out = new StringBuilder(19);
        final int date = Dates.localDate(epochNanos);
        final long second = Dates.localNanosOfDay(epochNanos) / Dates.NANOS_PER_SECOND;
        return out.append(date / 10000).append('-').append(String.format(Locale.ROOT, "%02d-%02d %02d:%02d:%02d",
            date / 100 % 100, date % 100, second / 3600, second / 60 % 60, second % 60)).toString();
    }

    static String escape(final String text)
    {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
