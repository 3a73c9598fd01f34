package org.ctpengine.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * Accumulates generated Java source: lines at an indent, and Javadoc wrapped to the project's 120 columns. Each
 * Javadoc line given is a paragraph line of its own (wrapped if long); an empty one is a blank Javadoc line.
 */
final class JavaSource
{
    static final int WIDTH = 120;

    private final StringBuilder text = new StringBuilder(64 * 1024);

    JavaSource line(final String line)
    {
        if (!line.isEmpty())
        {
            text.append(line);
        }
        text.append('\n');
        return this;
    }

    JavaSource blank()
    {
        return line("");
    }

    /** A Javadoc comment at {@code indent} spaces; one short line becomes {@code /** ... *\/}. */
    JavaSource javadoc(final int indent, final String... lines)
    {
        final String pad = " ".repeat(indent);
        if (lines.length == 1 && pad.length() + 4 + lines[0].length() + 3 <= WIDTH)
        {
            return line(pad + "/** " + lines[0] + " */");
        }
        line(pad + "/**");
        final String prefix = pad + " * ";
        for (final String paragraph : lines)
        {
            if (paragraph.isEmpty())
            {
                line(pad + " *");
                continue;
            }
            for (final String wrapped : wrap(paragraph, WIDTH - prefix.length()))
            {
                line(prefix + wrapped);
            }
        }
        return line(pad + " */");
    }

    /**
     * Greedy word wrap; an inline tag ({@code {@code a b}}) is never split, and a word longer than the width stands on
     * a line of its own.
     */
    static List<String> wrap(final String paragraph, final int width)
    {
        final List<String> lines = new ArrayList<>();
        final StringBuilder current = new StringBuilder();
        for (final String word : words(paragraph.strip()))
        {
            if (current.length() > 0 && current.length() + 1 + word.length() > width)
            {
                lines.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0)
            {
                current.append(' ');
            }
            current.append(word);
        }
        lines.add(current.toString());
        return lines;
    }

    private static List<String> words(final String text)
    {
        final List<String> words = new ArrayList<>();
        final StringBuilder word = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++)
        {
            final char c = text.charAt(i);
            if (c == ' ' && depth == 0)
            {
                if (word.length() > 0)
                {
                    words.add(word.toString());
                    word.setLength(0);
                }
                continue;
            }
            depth += c == '{' ? 1 : c == '}' && depth > 0 ? -1 : 0;
            word.append(c);
        }
        if (word.length() > 0)
        {
            words.add(word.toString());
        }
        return words;
    }

    @Override
    public String toString()
    {
        return text.toString();
    }
}
