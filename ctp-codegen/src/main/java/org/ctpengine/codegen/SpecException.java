package org.ctpengine.codegen;

/** A spec or profile the generator cannot use; the message is one line naming the file, line or field. */
public final class SpecException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    public SpecException(final String message)
    {
        super(message);
    }
}
