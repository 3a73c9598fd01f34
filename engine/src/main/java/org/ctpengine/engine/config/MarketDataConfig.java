package org.ctpengine.engine.config;

import java.nio.file.Path;
import java.util.List;

/**
 * One market-data session.
 *
 * @param name            for logs and the journal
 * @param mdLibrary       the CTP-compatible md library
 * @param profileOverride ABI profile id for vendor builds, or null
 * @param fronts          md front addresses
 * @param brokerId        BrokerID (many md fronts accept empty credentials)
 * @param userId          UserID
 * @param password        password
 */
public record MarketDataConfig(
    String name,
    Path mdLibrary,
    String profileOverride,
    List<String> fronts,
    String brokerId,
    String userId,
    Secret password)
{
    public MarketDataConfig
    {
        fronts = List.copyOf(fronts);
    }
}
