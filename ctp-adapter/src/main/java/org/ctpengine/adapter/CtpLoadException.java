package org.ctpengine.adapter;

/**
 * A CTP library cannot be used: the file is missing, is not a shared library, is not a CTP library, reports a
 * version no ABI profile describes, or does not match the profile chosen for it; or an API cannot be created
 * from it. The message names the library file and the problem.
 */
public class CtpLoadException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    public CtpLoadException(final String message)
    {
        super(message);
    }

    public CtpLoadException(final String message, final Throwable cause)
    {
        super(message, cause);
    }
}
