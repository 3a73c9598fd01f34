package org.ctpengine.engine.config;

import java.nio.CharBuffer;
import java.util.Arrays;

/**
 * A password or auth code. Prints as {@code ****} everywhere (toString, logs, exceptions); the value is
 * read only when a login request is encoded, and can be wiped.
 */
public final class Secret
{
    private final char[] value;

    private Secret(final char[] value)
    {
        this.value = value;
    }

    public static Secret of(final CharSequence value)
    {
        final char[] chars = new char[value.length()];
        for (int i = 0; i < chars.length; i++)
        {
            chars[i] = value.charAt(i);
        }
        return new Secret(chars);
    }

    /** The value, for encoding into a request struct only. */
    public CharSequence reveal()
    {
        return CharBuffer.wrap(value).asReadOnlyBuffer();
    }

    public boolean isEmpty()
    {
        return value.length == 0;
    }

    /** Overwrites the value in memory. */
    public void wipe()
    {
        Arrays.fill(value, '\0');
    }

    @Override
    public String toString()
    {
        return "****";
    }
}
