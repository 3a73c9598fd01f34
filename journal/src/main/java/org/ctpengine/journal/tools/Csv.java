package org.ctpengine.journal.tools;

/** CSV as pandas and Excel read it (RFC 4180): comma-separated, a field quoted when it holds a comma, quote or line break. */
final class Csv
{
    private Csv()
    {
    }

    static StringBuilder appendField(final StringBuilder out, final String value)
    {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++)
        {
            final char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote)
        {
            return out.append(value);
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++)
        {
            final char c = value.charAt(i);
            if (c == '"')
            {
                out.append('"');
            }
            out.append(c);
        }
        return out.append('"');
    }
}
