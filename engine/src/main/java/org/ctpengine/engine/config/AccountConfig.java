package org.ctpengine.engine.config;

import org.ctpengine.adapter.ResumeType;

import java.nio.file.Path;
import java.util.List;

/**
 * One trading account: its trader library and fronts, credentials, and how the private topic resumes
 * after a reconnect.
 *
 * @param name            how strategies address the account
 * @param traderLibrary   the CTP-compatible trader library ({@code libthosttraderapi_se.so}, TTS, ctp-sim)
 * @param profileOverride ABI profile id for vendor builds whose version string is not recognised, or null
 * @param fronts          front addresses, e.g. {@code tcp://180.168.146.187:10201}
 * @param brokerId        BrokerID
 * @param userId          UserID (also used as InvestorID)
 * @param password        login password
 * @param appId           AppID for authentication, or empty to skip ReqAuthenticate
 * @param authCode        AuthCode for authentication
 * @param privateResume   private-topic resume type (RESUME: replay what was missed, no double counting)
 */
public record AccountConfig(
    String name,
    Path traderLibrary,
    String profileOverride,
    List<String> fronts,
    String brokerId,
    String userId,
    Secret password,
    String appId,
    Secret authCode,
    ResumeType privateResume)
{
    public AccountConfig
    {
        fronts = List.copyOf(fronts);
    }
}
