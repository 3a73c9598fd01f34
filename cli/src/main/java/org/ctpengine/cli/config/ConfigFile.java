package org.ctpengine.cli.config;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * The YAML file as written, bound by Jackson with kebab-case keys ({@code ring-size}, {@code market-data}).
 * Every key is optional at this stage and unknown keys are refused; {@link HostConfigLoader} checks values,
 * fills defaults and builds the engine's configuration. docs/configuration.md documents each key.
 */
record ConfigFile(
    String journal,
    String work,
    String duration,
    JsonNode schedule,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> abiProfiles,
    Simulator simulator,
    EngineSection engine,
    RiskSection risk,
    List<AccountSection> accounts,
    List<MarketDataSection> marketData,
    List<StrategySection> strategies)
{
    /** Use the built-in ctp-sim libraries instead of library paths. */
    record Simulator(String profile)
    {
    }

    record EngineSection(
        Integer ringSize,
        String waitStrategy,
        Integer timerIntervalMs,
        Integer queryIntervalMs,
        Integer instrumentCapacity,
        String backgroundWait,
        String callbackTimeout)
    {
    }

    /** Every limit optional: an absent one keeps {@code RiskLimits.defaults()}'s value; 0 turns a limit off. */
    record RiskSection(
        Long maxOrderVolume,
        Long maxPositionPerInstrument,
        Integer maxOrdersPerSecond,
        Integer maxCancelsPerSecond,
        Long maxOrdersPerDay,
        Long maxCancelsPerDay,
        Integer maxCancelsPerInstrumentPerDay,
        Boolean selfTradePrevention,
        Boolean checkPrice,
        Boolean checkTradingStatus)
    {
    }

    /** Where the password and auth code come from: never the file itself. */
    record CredentialsSection(String passwordEnv, String authCodeEnv, String file)
    {
    }

    record AccountSection(
        String name,
        String traderLibrary,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> fronts,
        String broker,
        String user,
        String appId,
        CredentialsSection credentials,
        String resume,
        String abiProfile)
    {
    }

    record MarketDataSection(
        String name,
        String library,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> fronts,
        String broker,
        String user,
        CredentialsSection credentials,
        String abiProfile,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> instruments)
    {
    }

    record StrategySection(
        String name,
        @JsonProperty("class") String className,
        String account,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> instruments,
        Integer thread,
        JsonNode params,
        RiskSection risk)
    {
    }
}
