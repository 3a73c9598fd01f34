package org.ctpengine.adapter.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MangledMethodTest
{
    @Test
    void readsStructPointerAndIntParameters()
    {
        final MangledMethod method = MangledMethod.parse("_ZN18CFtdcTraderApiImpl12ReqUserLoginEP27CThostFtdcReqUserLoginFieldi");

        assertThat(method.className()).isEqualTo("CFtdcTraderApiImpl");
        assertThat(method.methodName()).isEqualTo("ReqUserLogin");
        assertThat(method.parameterTypes()).containsExactly("CThostFtdcReqUserLoginField*", "int");
    }

    @Test
    void voidParameterListIsEmpty()
    {
        assertThat(MangledMethod.parse("_ZN19CThostFtdcTraderSpi16OnFrontConnectedEv").parameterTypes()).isEmpty();
    }

    @Test
    void readsCharPointerArraysConstCharAndBool()
    {
        assertThat(MangledMethod.parse("_ZN14CFtdcMdApiImpl19SubscribeMarketDataEPPci").parameterTypes())
            .containsExactly("char**", "int");
        assertThat(MangledMethod.parse("_ZN1X1fEPKcbb").parameterTypes())
            .containsExactly("const char*", "bool", "bool");
        assertThat(MangledMethod.parse("_ZN18CFtdcTraderApiImpl21SubscribePrivateTopicE20THOST_TE_RESUME_TYPE").parameterTypes())
            .containsExactly("THOST_TE_RESUME_TYPE");
    }

    @Test
    void resolvesSubstitutionsOfRepeatedTypes()
    {
        // S_ = the class, S0_ = 22CThostFtdcRspInfoField, S1_ = its pointer.
        final MangledMethod method = MangledMethod.parse("_ZN3Spi1fEP22CThostFtdcRspInfoFieldS1_S_");

        assertThat(method.parameterTypes())
            .isEqualTo(List.of("CThostFtdcRspInfoField*", "CThostFtdcRspInfoField*", "Spi"));
    }

    @Test
    void refusesWhatItDoesNotUnderstandNamingTheSymbol()
    {
        assertThatThrownBy(() -> MangledMethod.parse("_ZN3Foo3barEu3baz"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("_ZN3Foo3barEu3baz")
            .hasMessageContaining("position");
        assertThat(MangledMethod.methodNameOrNull("__cxa_pure_virtual")).isNull();
    }
}
