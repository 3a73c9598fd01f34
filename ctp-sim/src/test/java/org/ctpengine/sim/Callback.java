package org.ctpengine.sim;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One SPI callback as the test driver printed it: instance, method and arguments (structs with their
 * non-zero fields, ints, bools). Text fields are decoded from GB18030, as the front sent them.
 */
public final class Callback
{
    static final Charset GB18030 = Charset.forName("GB18030");

    /** A struct argument: its name and its non-zero fields. */
    public record Struct(String name, Map<String, String> fields)
    {
        public String get(final String field)
        {
            return fields.getOrDefault(field, "");
        }

        public int getInt(final String field)
        {
            final String value = get(field);
            return value.isEmpty() ? 0 : Integer.parseInt(value);
        }

        public double getDouble(final String field)
        {
            final String value = get(field);
            return value.isEmpty() ? 0 : Double.parseDouble(value);
        }

        public char getChar(final String field)
        {
            final String value = get(field);
            return value.isEmpty() ? '\0' : value.charAt(0);
        }
    }

    private final String instance;
    private final String method;
    private final List<Object> args;
    private final String line;

    private Callback(final String instance, final String method, final List<Object> args, final String line)
    {
        this.instance = instance;
        this.method = method;
        this.args = args;
        this.line = line;
    }

    /** Parses "CB NAME METHOD ARG..." (see driver.cpp for the format). */
    static Callback parse(final String line)
    {
        final String[] words = line.split(" ");
        final List<Object> args = new ArrayList<>();
        for (int i = 3; i < words.length; i++)
        {
            final String word = words[i];
            if (word.equals("null") || word.equals("?"))
            {
                args.add(null);
            }
            else if (word.startsWith("i:"))
            {
                args.add(Integer.parseInt(word.substring(2)));
            }
            else if (word.startsWith("b:"))
            {
                args.add(word.equals("b:1"));
            }
            else
            {
                final int colon = word.indexOf(':');
                final Map<String, String> fields = new LinkedHashMap<>();
                final String body = word.substring(colon + 1);
                if (!body.isEmpty())
                {
                    for (final String pair : body.split(","))
                    {
                        final int eq = pair.indexOf('=');
                        fields.put(pair.substring(0, eq), decode(pair.substring(eq + 1)));
                    }
                }
                args.add(new Struct(word.substring(0, colon), fields));
            }
        }
        return new Callback(words[1], words[2], args, line);
    }

    static String decode(final String text)
    {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++)
        {
            final char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length())
            {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            }
            else
            {
                bytes.write(c);
            }
        }
        return bytes.toString(GB18030);
    }

    public String instance()
    {
        return instance;
    }

    public String method()
    {
        return method;
    }

    /** The i-th struct argument (0 = the first struct), or null when it was a null pointer or absent. */
    public Struct struct(final int index)
    {
        int seen = 0;
        for (final Object arg : args)
        {
            if (arg instanceof Struct || arg == null)
            {
                if (seen++ == index)
                {
                    return (Struct)arg;
                }
            }
        }
        return null;
    }

    /** The data struct of a response or return (the first argument). */
    public Struct data()
    {
        return args.isEmpty() || !(args.get(0) instanceof Struct) ? null : (Struct)args.get(0);
    }

    /** The CThostFtdcRspInfoField argument, or null. */
    public Struct rspInfo()
    {
        for (final Object arg : args)
        {
            if (arg instanceof Struct s && s.name().equals("CThostFtdcRspInfoField"))
            {
                return s;
            }
        }
        return null;
    }

    /** ErrorID of the RspInfo, 0 when absent. */
    public int errorId()
    {
        final Struct info = rspInfo();
        return info == null ? 0 : info.getInt("ErrorID");
    }

    /** The first int argument (request id, disconnect reason, heartbeat lapse). */
    public int intArg()
    {
        for (final Object arg : args)
        {
            if (arg instanceof Integer i)
            {
                return i;
            }
        }
        throw new IllegalStateException("no int argument in " + line);
    }

    /** bIsLast. */
    public boolean isLast()
    {
        for (final Object arg : args)
        {
            if (arg instanceof Boolean b)
            {
                return b;
            }
        }
        throw new IllegalStateException("no bool argument in " + line);
    }

    @Override
    public String toString()
    {
        return line;
    }
}
