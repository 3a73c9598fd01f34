package org.ctpengine.sim.testing;

/**
 * The credentials a session logs in with: broker, user (also the investor), password, and the AppID/AuthCode pair
 * ReqAuthenticate checks.
 *
 * @param broker   BrokerID
 * @param user     UserID and InvestorID
 * @param password Password
 * @param appId    AppID
 * @param authCode AuthCode
 */
public record SimAccount(String broker, String user, String password, String appId, String authCode)
{
    /** The simulator's built-in account (see ctp-sim/README.md), SimNow's test AppID and AuthCode. */
    public static final SimAccount DEFAULT = new SimAccount("9999", "000001", "sim", "simnow_client_test", "0000000000000000");

    /** The {@code account} configuration line that creates this account with {@code funds}. */
    public String configLine(final long funds)
    {
        return "account " + broker + " " + user + " " + password + " " + appId + " " + authCode + " " + funds;
    }
}
