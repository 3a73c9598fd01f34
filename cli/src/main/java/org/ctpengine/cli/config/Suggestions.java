package org.ctpengine.cli.config;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean …?" for a mistyped key or name: the closest candidate within a small edit distance. */
final class Suggestions
{
    private Suggestions()
    {
    }

    /** {@code " (did you mean X?)"}, or empty when nothing is close enough. */
    static String didYouMean(final String typed, final Collection<String> candidates)
    {
        final String closest = closest(typed, candidates);
        return closest == null ? "" : " (did you mean " + closest + "?)";
    }

    static String closest(final String typed, final Collection<String> candidates)
    {
        final String wanted = typed.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (final String candidate : candidates)
        {
            final int distance = distance(wanted, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        // close enough to be a typo: two edits, or a third of a long word
        return best != null && bestDistance <= Math.max(2, typed.length() / 3) ? best : null;
    }

    /** Levenshtein distance. */
    static int distance(final String a, final String b)
    {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++)
        {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++)
            {
                final int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            final int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
