package org.ctpengine.engine.recovery;

import org.ctpengine.engine.time.Exchange;

/** Reference data of one instrument as today's instrument query gave it. */
public record RecoveredInstrument(String instrumentId, Exchange exchange, double tickSize, double multiplier,
    double marginRatio)
{
}
