package org.ctpengine.adapter.internal;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;

import java.nio.charset.Charset;

/**
 * NUL-terminated C strings in off-heap memory, with the charset always explicit (CTP's text is GB18030; file
 * paths use the platform's file-name encoding). For set-up calls only: allocates.
 */
public final class CStrings
{
    /** CTP's wire charset. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    private CStrings()
    {
    }

    /** A fresh NUL-terminated copy of {@code text}; the caller keeps the Memory reachable while native code uses it. */
    public static Memory toNative(final String text, final Charset charset)
    {
        final byte[] bytes = text.getBytes(charset);
        final Memory memory = new Memory(bytes.length + 1L);
        memory.write(0, bytes, 0, bytes.length);
        memory.setByte(bytes.length, (byte)0);
        return memory;
    }

    /** The string at {@code address}, up to its NUL, or null when the address is 0. */
    public static String fromNative(final long address, final Charset charset)
    {
        if (address == 0)
        {
            return null;
        }
        final Pointer pointer = new Pointer(address);
        final long length = pointer.indexOf(0, (byte)0);
        return new String(pointer.getByteArray(0, (int)length), charset);
    }

    /** Charset of file names on this machine (what the C library expects in a path). */
    public static Charset fileNameCharset()
    {
        final String name = System.getProperty("sun.jnu.encoding");
        return name != null && Charset.isSupported(name) ? Charset.forName(name) : Charset.defaultCharset();
    }
}
