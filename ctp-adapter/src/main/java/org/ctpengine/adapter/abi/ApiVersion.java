package org.ctpengine.adapter.abi;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule that reads a CTP version out of the many ways libraries spell it: SFIT's
 * {@code v6.7.8_20240918 14:34:34.8082} and {@code v6.6.1_P1_20210406  9:27:14}, openctp TTS's {@code V6_6_1_P1},
 * {@code V6_6_7} and {@code 6.3.15}. Dots and underscores are the same separator, case and a leading {@code v} do not
 * matter, and a build-date suffix is ignored. The version must start the string: a vendor's string that merely holds
 * one ({@code vendor-6.7.8 build 42}) is the vendor's, chosen by the pattern of a profile extracted for it. The
 * canonical form is the profile id style: {@code 6.6.1_P1}, {@code 6.3.15}.
 *
 * <p>Each profile's {@code versionPattern} is {@link #patternFor derived} from its version by the same rule, so that
 * every spelling of a version picks the same profile and no other.
 */
public final class ApiVersion
{
    /**
     * At the start, three numbers separated by dots or underscores and an optional patch ({@code P1}), not followed
     * by more of a number or word: {@code 6.3.15} is not {@code 6.3.151}.
     */
    private static final Pattern VERSION = Pattern.compile(
        "(?i)^\\s*v?(\\d{1,3})[._](\\d{1,3})[._](\\d{1,3})(?:[._]?(p\\d{1,2}))?(?![0-9a-z])");

    private ApiVersion()
    {
    }

    /**
     * The canonical version a library's version string (or a profile id) names.
     *
     * @return e.g. {@code 6.6.1_P1}, or null when the text holds no version
     */
    public static String normalise(final String text)
    {
        if (text == null)
        {
            return null;
        }
        final Matcher matcher = VERSION.matcher(text);
        if (!matcher.find())
        {
            return null;
        }
        final String release = Integer.parseInt(matcher.group(1)) + "." + Integer.parseInt(matcher.group(2)) + "." +
            Integer.parseInt(matcher.group(3));
        final String patch = matcher.group(4);
        return patch == null ? release : release + "_" + patch.toUpperCase(Locale.ROOT);
    }

    /**
     * The regular expression that picks a profile for every spelling of {@code version} and for no other version:
     * {@code 6.6.9} gives a pattern that finds {@code V6_6_9}, {@code v6.6.9_20220920 ...} and {@code 6.6.9}, but not
     * {@code 6.6.9_P1}, {@code 6.6.91} or {@code vendor-6.6.9}.
     *
     * @param version a canonical version ({@link #normalise}) or anything {@link #normalise} reads
     * @throws IllegalArgumentException when {@code version} names no version
     */
    public static String patternFor(final String version)
    {
        final String canonical = normalise(version);
        if (canonical == null)
        {
            throw new IllegalArgumentException("'" + version + "' names no CTP version (such as 6.3.15 or 6.6.1_P1)");
        }
        final int patchAt = canonical.indexOf('_');
        final String release = patchAt < 0 ? canonical : canonical.substring(0, patchAt);
        final StringBuilder pattern = new StringBuilder("(?i)^\\s*v?");
        pattern.append(release.replace(".", "[._]"));
        if (patchAt < 0)
        {
            // A release without a patch must not take the patched one's strings (6.6.1 vs V6_6_1_P1).
            pattern.append("(?![0-9a-z]|[._]?p\\d)");
        }
        else
        {
            pattern.append("[._]?").append(canonical.substring(patchAt + 1).toLowerCase(Locale.ROOT)).append("(?![0-9a-z])");
        }
        return pattern.toString();
    }
}
