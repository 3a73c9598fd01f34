package org.ctpengine.adapter.abi;

/** A profile is missing, malformed, or does not fit the library it is meant to describe. */
public class AbiProfileException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    public AbiProfileException(final String message)
    {
        super(message);
    }

    public AbiProfileException(final String message, final Throwable cause)
    {
        super(message, cause);
    }
}
