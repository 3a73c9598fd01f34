package org.ctpengine.engine.config;

import org.ctpengine.engine.risk.RiskLimits;
import org.ctpengine.engine.api.Strategy;

/**
 * One strategy instance and where it runs.
 *
 * @param name     unique name (logs, journal, counters)
 * @param strategy the instance; its callbacks run on one thread only
 * @param account  default account for its orders
 * @param thread   strategies with the same thread number share one thread
 * @param risk     this strategy's pre-trade limits
 */
public record StrategyConfig(String name, Strategy strategy, String account, int thread, RiskLimits risk)
{
}
