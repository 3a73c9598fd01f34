package org.ctpengine.adapter;

/**
 * Return codes of the request methods ({@code ReqXxx}, {@code SubscribeMarketData}): CTP's own (0 and the
 * negative codes SFIT documents) and the adapter's, which it returns instead of calling into the library.
 * Status codes, not exceptions: the order path must not throw.
 */
public final class ApiResult
{
    /** Sent (CTP: 0). */
    public static final int OK = 0;
    /** CTP: the network connection failed. */
    public static final int NETWORK_FAILURE = -1;
    /** CTP: too many requests not yet processed. */
    public static final int TOO_MANY_PENDING = -2;
    /** CTP: requests per second exceed the flow limit. */
    public static final int RATE_EXCEEDED = -3;

    /** Adapter: the API was released (or is being released); nothing was sent. */
    public static final int RELEASED = -100;
    /** Adapter: this library's ABI profile has no such method; nothing was sent. */
    public static final int UNSUPPORTED = -101;
    /** Adapter: the request struct address was 0; nothing was sent (the library would dereference it). */
    public static final int NULL_ARGUMENT = -102;

    private ApiResult()
    {
    }

    /** A short name for logs: {@code OK}, {@code NETWORK_FAILURE}, … or the number. */
    public static String describe(final int result)
    {
        return switch (result)
        {
            case OK -> "OK";
            case NETWORK_FAILURE -> "NETWORK_FAILURE";
            case TOO_MANY_PENDING -> "TOO_MANY_PENDING";
            case RATE_EXCEEDED -> "RATE_EXCEEDED";
            case RELEASED -> "RELEASED";
            case UNSUPPORTED -> "UNSUPPORTED";
            case NULL_ARGUMENT -> "NULL_ARGUMENT";
            default -> Integer.toString(result);
        };
    }
}
