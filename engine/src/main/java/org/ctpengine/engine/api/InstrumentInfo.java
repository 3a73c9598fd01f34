package org.ctpengine.engine.api;

import org.ctpengine.engine.time.Exchange;

/** Reference data of one instrument, from the counter's instrument query. */
public interface InstrumentInfo
{
    int index();

    /** InstrumentID, e.g. {@code rb2601}. */
    CharSequence instrumentId();

    Exchange exchange();

    /** Minimum price step, yuan per unit. */
    double tickSize();

    /** Units per lot (VolumeMultiple). */
    double multiplier();

    /** Today's upper limit price; NaN until the first tick. */
    double upperLimit();

    /** Today's lower limit price; NaN until the first tick. */
    double lowerLimit();

    /** Long margin ratio by money (e.g. 0.10). */
    double longMarginRatio();

    /** Short margin ratio by money. */
    double shortMarginRatio();
}
