package org.ctpengine.engine.session;

import org.ctpengine.adapter.abi.AbiProfiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccountLinkTest
{
    private final AccountLink link = new AccountLink("a", 0, AbiProfiles.byId("6.7.8"), null, "9999", "000001");

    @Test
    void orderRefsStartAboveTheCountersMaxOrderRefAndNeverRewind()
    {
        link.onSessionState(SessionState.CONFIRMING, 1, 7, 41);
        assertThat(link.nextOrderRef()).isEqualTo(42);
        assertThat(link.nextOrderRef()).isEqualTo(43);

        link.onSessionState(SessionState.CONFIRMING, 1, 8, 10); // a re-login reporting a lower MaxOrderRef
        assertThat(link.nextOrderRef()).isEqualTo(44);
        assertThat(link.sessionId()).isEqualTo(8);
    }

    @Test
    void aWarmRestartContinuesAfterTheHighestJournaledRef()
    {
        link.raiseOrderRefFloor(500);
        link.onSessionState(SessionState.CONFIRMING, 1, 7, 7);

        assertThat(link.nextOrderRef()).isEqualTo(501);
    }

    @Test
    void readyOnlyInTheReadyState()
    {
        link.onSessionState(SessionState.READY, 1, 7, 0);
        assertThat(link.isReady()).isTrue();
        link.onSessionState(SessionState.DISCONNECTED, 0, 0, 0);
        assertThat(link.isReady()).isFalse();
    }
}
