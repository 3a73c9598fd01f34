package org.ctpengine.sim;

import org.junit.jupiter.api.AfterEach;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the behaviour tests share: a fresh simulator per test (one driver process), the default account,
 * and the steps of a CTP session written once. Subclasses run each test for every built profile.
 */
abstract class SimTestSupport
{
    static final String BROKER = "9999";
    static final String USER = "000001";
    static final String PASSWORD = "sim";
    static final String APP_ID = "simnow_client_test";
    static final String AUTH_CODE = "0000000000000000";
    static final String IDENTITY = "BrokerID=" + BROKER + " InvestorID=" + USER + " UserID=" + USER;

    SimDriver sim;

    static Stream<String> profiles()
    {
        return SimLibrary.PROFILES.stream();
    }

    /** A fresh simulator whose market moves only when the test says (tick_interval_ms 0). */
    SimDriver start(final String profile, final String... config)
    {
        sim = SimDriver.start(profile);
        sim.configure("tick_interval_ms 0");
        for (final String line : config)
        {
            sim.configure(line);
        }
        return sim;
    }

    @AfterEach
    void stopDriver()
    {
        if (sim != null)
        {
            sim.close();
        }
    }

    /** Creates and starts a trader instance, up to OnFrontConnected. */
    void connectTrader(final String name, final int resumeType)
    {
        sim.ok("trader " + name + " /tmp/");
        assertThat(sim.call(name, "SubscribePrivateTopic", String.valueOf(resumeType))).isZero();
        assertThat(sim.call(name, "SubscribePublicTopic", "2")).isZero();
        assertThat(sim.call(name, "RegisterFront", "tcp://127.0.0.1:41205")).isZero();
        assertThat(sim.call(name, "Init")).isZero();
        sim.expect(name, "OnFrontConnected");
    }

    /** Authenticates and logs in on a connected trader; returns the login response. */
    Callback authenticateAndLogin(final String name)
    {
        assertThat(sim.call(name, "ReqAuthenticate", "1", "BrokerID=" + BROKER, "UserID=" + USER, "AppID=" + APP_ID,
            "AuthCode=" + AUTH_CODE)).isZero();
        assertThat(sim.expect(name, "OnRspAuthenticate").errorId()).isZero();
        assertThat(sim.call(name, "ReqUserLogin", "2", "BrokerID=" + BROKER, "UserID=" + USER, "Password=" + PASSWORD))
            .isZero();
        final Callback login = sim.expect(name, "OnRspUserLogin");
        assertThat(login.errorId()).isZero();
        return login;
    }

    /** Connect, authenticate, log in and confirm settlement; the private topic resumes as {@code resumeType}. */
    Callback loginTrader(final String name, final int resumeType)
    {
        connectTrader(name, resumeType);
        final Callback login = authenticateAndLogin(name);
        assertThat(sim.call(name, "ReqSettlementInfoConfirm", "3", "BrokerID=" + BROKER, "InvestorID=" + USER)).isZero();
        assertThat(sim.expect(name, "OnRspSettlementInfoConfirm").errorId()).isZero();
        return login;
    }

    Callback loginTrader(final String name)
    {
        return loginTrader(name, Resume.QUICK);
    }

    /** A GFD limit order; extra fields override (e.g. "TimeCondition=1"). */
    int insert(final String name, final int requestId, final String instrument, final char direction, final char offset,
        final double price, final int volume, final String orderRef, final String... extra)
    {
        final StringBuilder fields = new StringBuilder(IDENTITY)
            .append(" InstrumentID=").append(instrument)
            .append(" OrderRef=").append(orderRef)
            .append(" OrderPriceType=2 Direction=").append(direction)
            .append(" CombOffsetFlag=").append(offset)
            .append(" CombHedgeFlag=1 LimitPrice=").append(price)
            .append(" VolumeTotalOriginal=").append(volume)
            .append(" TimeCondition=3 VolumeCondition=1 MinVolume=1 ContingentCondition=1 ForceCloseReason=0");
        for (final String field : extra)
        {
            fields.append(' ').append(field);
        }
        return sim.call(name, "ReqOrderInsert", String.valueOf(requestId), fields.toString());
    }

    /** (OrderSubmitStatus, OrderStatus) pairs of OnRtnOrder callbacks and "trade:<volume>" of OnRtnTrade. */
    static List<String> orderEvents(final List<Callback> callbacks)
    {
        return callbacks.stream().map(c -> switch (c.method())
        {
            case "OnRtnOrder" -> "order:" + c.data().getChar("OrderSubmitStatus") + c.data().getChar("OrderStatus");
            case "OnRtnTrade" -> "trade:" + c.data().getInt("Volume") + "@" + c.data().get("Price");
            default -> c.method() + ":" + c.errorId();
        }).toList();
    }

    /** THOST_TE_RESUME_TYPE values. */
    static final class Resume
    {
        static final int RESTART = 0;
        static final int RESUME = 1;
        static final int QUICK = 2;

        private Resume()
        {
        }
    }
}
