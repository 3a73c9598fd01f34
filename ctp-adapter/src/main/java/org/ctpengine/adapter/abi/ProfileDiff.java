package org.ctpengine.adapter.abi;

import java.util.Map;
import java.util.TreeSet;

/** Compares two profiles as the text of their files, so a difference reads like a diff a person can act on. */
public final class ProfileDiff
{
    private ProfileDiff()
    {
    }

    /** The first difference between two profiles, or null when their files are identical. */
    public static String firstDifference(final AbiProfile expected, final AbiProfile actual)
    {
        return firstDifference(AbiProfileIo.render(expected), AbiProfileIo.render(actual));
    }

    /**
     * The first difference between two sets of profile files (file name → text), naming the file, the line
     * number and both lines, or null when they are identical.
     */
    public static String firstDifference(final Map<String, String> expected, final Map<String, String> actual)
    {
        final TreeSet<String> names = new TreeSet<>(expected.keySet());
        names.addAll(actual.keySet());
        for (final String name : names)
        {
            final String want = expected.get(name);
            final String got = actual.get(name);
            if (want == null || got == null)
            {
                return name + ": " + (want == null ? "unexpected file" : "missing file");
            }
            if (!want.equals(got))
            {
                final String[] wantLines = want.split("\n", -1);
                final String[] gotLines = got.split("\n", -1);
                final int common = Math.min(wantLines.length, gotLines.length);
                for (int i = 0; i < common; i++)
                {
                    if (!wantLines[i].equals(gotLines[i]))
                    {
                        return name + ":" + (i + 1) + ": expected '" + wantLines[i] + "' but found '" + gotLines[i] + "'";
                    }
                }
                return name + ": expected " + wantLines.length + " lines but found " + gotLines.length;
            }
        }
        return null;
    }
}
