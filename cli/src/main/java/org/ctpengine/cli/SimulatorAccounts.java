package org.ctpengine.cli;

import org.ctpengine.engine.config.AccountConfig;
import org.ctpengine.sim.SimControl;

/**
 * Gives the built-in simulator the accounts a configuration names, with their credentials, so that a simulated
 * login checks the same password and auth code a real front would. Failures never quote the credentials.
 */
final class SimulatorAccounts
{
    /** Funds every configured simulator account starts with, yuan (the simulator's own default account's). */
    static final long FUNDS = 10_000_000L;

    private SimulatorAccounts()
    {
    }

    static void register(final SimControl simulator, final AccountConfig account)
    {
        final String appId = account.appId().isEmpty() ? "-" : account.appId();
        final String authCode = account.authCode().isEmpty() ? "-" : account.authCode().reveal().toString();
        final String password = account.password().reveal().toString();
        if (hasBlank(password) || hasBlank(authCode) || hasBlank(account.brokerId()) || hasBlank(account.userId()) ||
            hasBlank(appId))
        {
            throw new IllegalArgumentException("account " + account.name() + ": the built-in simulator takes no spaces in " +
                "broker, user, app-id, password or auth code");
        }
        try
        {
            simulator.configure("account " + account.brokerId() + " " + account.userId() + " " + password + " " + appId +
                " " + authCode + " " + FUNDS);
        }
        catch (final IllegalStateException e)
        {
            // the simulator's message quotes the line, credentials included: say only which account
            throw new IllegalArgumentException("account " + account.name() + ": the built-in simulator refused it");
        }
    }

    private static boolean hasBlank(final String text)
    {
        return text.isEmpty() || text.chars().anyMatch(Character::isWhitespace);
    }
}
