package org.ctpengine.adapter.internal;

import org.ctpengine.adapter.abi.VtableSlot;

import java.util.List;

/**
 * The signatures of CTP API methods (after {@code this}) that the call shim can make, named as its functions:
 * return type then parameters (v = void, i = int-sized, p = pointer). Enums and bools are int-sized; bools
 * are passed as 0/1.
 */
public enum ApiCallShape
{
    /** {@code void ()}: Init, Release. */
    V_V,
    /** {@code int ()}: Join. */
    I_V,
    /** {@code const char* ()}: GetTradingDay. */
    P_V,
    /** {@code void (X*)}: RegisterFront(char*), RegisterSpi, GetFrontInfo. */
    V_P,
    /** {@code void (int)}: SubscribePrivateTopic(THOST_TE_RESUME_TYPE). */
    V_I,
    /** {@code int (X*)}: RegisterUserSystemInfo. */
    I_P,
    /** {@code int (X*, int)}: every ReqXxx(field, nRequestID), SubscribeMarketData(char**, int). */
    I_PI,
    /** Anything else: the generic call refuses it. */
    UNSUPPORTED;

    /** The shape of a slot's signature, or {@link #UNSUPPORTED}. */
    public static ApiCallShape of(final VtableSlot slot)
    {
        final String r = slot.returnType();
        final List<String> p = slot.parameterTypes();
        final char ret = "void".equals(r) ? 'v' : isPointer(r) ? 'p' : isIntSized(r) ? 'i' : '?';
        final StringBuilder params = new StringBuilder();
        for (final String type : p)
        {
            params.append(isPointer(type) ? 'p' : isIntSized(type) ? 'i' : '?');
        }
        final String key = ret + "_" + (params.length() == 0 ? "v" : params.toString());
        return switch (key)
        {
            case "v_v" -> V_V;
            case "i_v" -> I_V;
            case "p_v" -> P_V;
            case "v_p" -> V_P;
            case "v_i" -> V_I;
            case "i_p" -> I_P;
            case "i_pi" -> I_PI;
            default -> UNSUPPORTED;
        };
    }

    private static boolean isPointer(final String type)
    {
        return type.endsWith("*");
    }

    private static boolean isIntSized(final String type)
    {
        return switch (type)
        {
            case "int", "unsigned int", "bool", "char", "short", "unsigned short", "unsigned char" -> true;
            default -> type.startsWith("THOST_");
        };
    }
}
