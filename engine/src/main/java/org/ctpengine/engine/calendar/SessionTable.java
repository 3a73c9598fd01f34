package org.ctpengine.engine.calendar;

import org.ctpengine.engine.time.Exchange;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which segments each product trades: an exchange's named products first, then its default ({@code *}) line. Product
 * codes are unique across China's exchanges, so a tick whose ExchangeID is empty (SHFE often leaves it so) is still
 * found by its product. Immutable once built.
 */
public final class SessionTable
{
    private final Map<String, ProductSessions> byExchangeAndProduct = new HashMap<>();
    private final Map<String, ProductSessions> byProduct = new HashMap<>();
    private final Map<Exchange, ProductSessions> defaults = new EnumMap<>(Exchange.class);

    void add(final ProductSessions sessions, final String where)
    {
        if ("*".equals(sessions.product()))
        {
            if (defaults.putIfAbsent(sessions.exchange(), sessions) != null)
            {
                throw new CalendarFileException(where + ": a second default line for " + sessions.exchange());
            }
            return;
        }
        final String product = sessions.product().toLowerCase(Locale.ROOT);
        if (byExchangeAndProduct.putIfAbsent(sessions.exchange() + ":" + product, sessions) != null)
        {
            throw new CalendarFileException(where + ": product '" + sessions.product() + "' of " + sessions.exchange() +
                " is listed twice");
        }
        byProduct.putIfAbsent(product, sessions);
    }

    /**
     * The sessions of an instrument: its product is the letters its ID starts with ({@code rb2501} → {@code rb}).
     * Null when neither the exchange nor the product is known.
     */
    public ProductSessions forInstrument(final Exchange exchange, final CharSequence instrumentId)
    {
        return forProduct(exchange, productOf(instrumentId));
    }

    /** The sessions of a product code (any case); the exchange's default when the product is not listed. */
    public ProductSessions forProduct(final Exchange exchange, final String product)
    {
        final String key = product.toLowerCase(Locale.ROOT);
        if (exchange != Exchange.UNKNOWN)
        {
            final ProductSessions listed = byExchangeAndProduct.get(exchange + ":" + key);
            return listed != null ? listed : defaults.get(exchange);
        }
        return byProduct.get(key);
    }

    /** The leading letters of an instrument ID. */
    public static String productOf(final CharSequence instrumentId)
    {
        int end = 0;
        while (end < instrumentId.length() && Character.isLetter(instrumentId.charAt(end)))
        {
            end++;
        }
        return instrumentId.subSequence(0, end).toString();
    }
}
