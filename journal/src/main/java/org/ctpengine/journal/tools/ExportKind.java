package org.ctpengine.journal.tools;

import org.ctpengine.engine.ring.EventType;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What {@code journal export} can write, and its columns: the key fields of ticks ({@code OnRtnDepthMarketData}),
 * orders ({@code OnRtnOrder}) and trades ({@code OnRtnTrade}). Every row starts with the engine's receive time
 * (China time) and sequence, so rows of different exports can be joined and ordered.
 */
public enum ExportKind
{
    TICKS(EventType.RTN_DEPTH_MARKET_DATA, List.of(
        column("instrument", f -> f.text("InstrumentID")),
        column("exchange", f -> f.text("ExchangeID")),
        column("trading_day", f -> f.text("TradingDay")),
        column("exchange_time", ExportKind::exchangeTime),
        column("last", f -> f.number("LastPrice")),
        column("bid1", f -> f.number("BidPrice1")),
        column("bid_volume1", f -> f.number("BidVolume1")),
        column("ask1", f -> f.number("AskPrice1")),
        column("ask_volume1", f -> f.number("AskVolume1")),
        column("volume", f -> f.number("Volume")),
        column("turnover", f -> f.number("Turnover")),
        column("open_interest", f -> f.number("OpenInterest")))),

    ORDERS(EventType.RTN_ORDER, List.of(
        column("instrument", f -> f.text("InstrumentID")),
        column("exchange", f -> f.text("ExchangeID")),
        column("order_ref", f -> f.text("OrderRef")),
        column("front_id", f -> f.number("FrontID")),
        column("session_id", f -> f.number("SessionID")),
        column("order_sys_id", f -> f.text("OrderSysID")),
        column("direction", f -> f.code("Direction")),
        column("offset", f -> f.code("CombOffsetFlag")),
        column("price_type", f -> f.code("OrderPriceType")),
        column("limit_price", f -> f.number("LimitPrice")),
        column("volume", f -> f.number("VolumeTotalOriginal")),
        column("traded", f -> f.number("VolumeTraded")),
        column("remaining", f -> f.number("VolumeTotal")),
        column("status", f -> f.code("OrderStatus")),
        column("submit_status", f -> f.code("OrderSubmitStatus")),
        column("insert_date", f -> f.text("InsertDate")),
        column("insert_time", f -> f.text("InsertTime")),
        column("update_time", f -> f.text("UpdateTime")),
        column("status_msg", f -> f.text("StatusMsg")))),

    TRADES(EventType.RTN_TRADE, List.of(
        column("instrument", f -> f.text("InstrumentID")),
        column("exchange", f -> f.text("ExchangeID")),
        column("trade_id", f -> f.text("TradeID")),
        column("order_ref", f -> f.text("OrderRef")),
        column("order_sys_id", f -> f.text("OrderSysID")),
        column("direction", f -> f.code("Direction")),
        column("offset", f -> f.code("OffsetFlag")),
        column("hedge", f -> f.code("HedgeFlag")),
        column("price", f -> f.number("Price")),
        column("volume", f -> f.number("Volume")),
        column("trade_date", f -> f.text("TradeDate")),
        column("trade_time", f -> f.text("TradeTime")),
        column("trading_day", f -> f.text("TradingDay"))));

    /** A CSV column: its header and how a row's cell is read from the struct. */
    record Column(String name, Function<StructFields, String> reader)
    {
    }

    private final EventType type;
    private final List<Column> columns;

    ExportKind(final EventType type, final List<Column> columns)
    {
        this.type = type;
        this.columns = columns;
    }

    public EventType type()
    {
        return type;
    }

    List<Column> columns()
    {
        return columns;
    }

    /** The header row's names, the receive time and sequence first. */
    public List<String> header()
    {
        final List<String> names = new ArrayList<>(List.of("receive_time", "sequence"));
        columns.forEach(column -> names.add(column.name()));
        return names;
    }

    private static Column column(final String name, final Function<StructFields, String> reader)
    {
        return new Column(name, reader);
    }

    /** {@code 2026-03-02 09:30:01.500}: the exchange's ActionDay (calendar day; TradingDay if absent), UpdateTime, millis. */
    private static String exchangeTime(final StructFields fields)
    {
        String day = fields.text("ActionDay");
        if (day.isEmpty())
        {
            day = fields.text("TradingDay");
        }
        final String time = fields.text("UpdateTime");
        final String millis = fields.number("UpdateMillisec");
        final StringBuilder out = new StringBuilder(23);
        if (day.length() == 8)
        {
            out.append(day, 0, 4).append('-').append(day, 4, 6).append('-').append(day, 6, 8);
        }
        else
        {
            out.append(day);
        }
        if (!time.isEmpty())
        {
            out.append(out.length() > 0 ? " " : "").append(time);
            if (!millis.isEmpty())
            {
                out.append('.');
                for (int i = millis.length(); i < 3; i++)
                {
                    out.append('0');
                }
                out.append(millis);
            }
        }
        return out.toString();
    }
}
