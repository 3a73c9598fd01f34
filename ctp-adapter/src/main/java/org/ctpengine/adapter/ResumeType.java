package org.ctpengine.adapter;

import org.ctpengine.adapter.abi.AbiProfile;

/**
 * {@code THOST_TE_RESUME_TYPE}: where the private and public topic streams restart after login. The numeric
 * value is read from the profile's constants ({@code THOST_TERT_*}), not assumed.
 */
public enum ResumeType
{
    /** From the start of the trading day. */
    RESTART,
    /** From where this client left off (the flow files). */
    RESUME,
    /** Only what is new from now on. */
    QUICK,
    /** Not at all (newer versions only). */
    NONE;

    /** The C enum value in {@code profile}. */
    public int value(final AbiProfile profile)
    {
        return profile.constant("THOST_TERT_" + name()).intValue();
    }
}
