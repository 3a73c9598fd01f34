package org.ctpengine.abitools.header;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ctpengine.adapter.abi.AbiProfileException;

/**
 * The part of the C preprocessor that reading CTP headers needs: removes comments, joins continued lines,
 * keeps the code of the {@code #if}/{@code #ifdef}/{@code #else} branches that g++ on Linux x86-64 would
 * compile, and records the {@code #define}s met on the way. It does not expand macros in code: CTP's only
 * macros in declarations are export markers such as {@code TRADER_API_EXPORT}, which the parser skips.
 * {@code #include} is not followed; the extractor reads the four headers itself.
 */
final class Preprocessor
{
    /** What g++ on Linux x86-64 predefines that headers test for; everything else is undefined. */
    private static final Map<String, String> PREDEFINED = Map.of(
        "__cplusplus", "201703L",
        "__GNUC__", "12",
        "__linux__", "1",
        "__linux", "1",
        "__unix__", "1",
        "__x86_64__", "1",
        "__LP64__", "1",
        "__ELF__", "1");

    /** One {@code #define}: {@code value} is null for function-like macros. */
    record Define(String name, String value, List<Token> valueTokens, Token at)
    {
    }

    /** A header after preprocessing: the tokens of its active code (ending with an END token) and its defines. */
    record Result(List<Token> tokens, Map<String, Define> defines)
    {
    }

    /** One open {@code #if} group. */
    private static final class Conditional
    {
        final Token opening;
        final boolean parentActive;
        boolean active;
        boolean branchTaken;
        boolean inElse;

        Conditional(final Token opening, final boolean parentActive, final boolean active)
        {
            this.opening = opening;
            this.parentActive = parentActive;
            this.active = active;
            this.branchTaken = active;
        }
    }

    private final String file;
    private final Map<String, Define> macros = new LinkedHashMap<>();
    private final Map<String, Define> defines = new LinkedHashMap<>();
    private final Deque<Conditional> conditionals = new ArrayDeque<>();
    private final List<Token> tokens = new ArrayList<>();

    private Preprocessor(final String file)
    {
        this.file = file;
        final Token builtIn = new Token(Token.Kind.END, "<built-in>", "<built-in>", 0);
        for (final Map.Entry<String, String> entry : PREDEFINED.entrySet())
        {
            final List<Token> value = new ArrayList<>();
            Tokenizer.tokenize(entry.getValue(), "<built-in>", 0, value);
            macros.put(entry.getKey(), new Define(entry.getKey(), entry.getValue(), value, builtIn));
        }
    }

    /**
     * Preprocesses one header.
     *
     * @param file the header's path, for error messages
     * @throws AbiProfileException naming file and line on unbalanced conditionals, an active {@code #error}
     *                             or a condition it cannot evaluate
     */
    static Result run(final String file, final String text)
    {
        final Preprocessor preprocessor = new Preprocessor(file);
        final List<String> lines = withoutComments(text).lines().toList();
        int lastLine = 0;
        for (int i = 0; i < lines.size(); i++)
        {
            final int lineNumber = i + 1;
            final StringBuilder logical = new StringBuilder(lines.get(i));
            while (endsWithBackslash(logical) && i + 1 < lines.size())
            {
                logical.setLength(logical.length() - 1);
                logical.append(' ').append(lines.get(++i));
            }
            preprocessor.line(logical.toString(), lineNumber);
            lastLine = lineNumber;
        }
        if (!preprocessor.conditionals.isEmpty())
        {
            final Token opening = preprocessor.conditionals.peek().opening;
            throw opening.error("#" + opening.text() + " is never closed by #endif");
        }
        preprocessor.tokens.add(new Token(Token.Kind.END, "<end of file>", file, Math.max(lastLine, 1)));
        return new Result(List.copyOf(preprocessor.tokens), preprocessor.defines);
    }

    private void line(final String line, final int lineNumber)
    {
        final String trimmed = line.strip();
        if (trimmed.startsWith("#"))
        {
            directive(trimmed.substring(1).strip(), lineNumber);
        }
        else if (isActive())
        {
            Tokenizer.tokenize(line, file, lineNumber, tokens);
        }
    }

    private void directive(final String text, final int lineNumber)
    {
        int nameEnd = 0;
        while (nameEnd < text.length() && Character.isLetter(text.charAt(nameEnd)))
        {
            nameEnd++;
        }
        final String name = text.substring(0, nameEnd);
        final String argument = text.substring(nameEnd).strip();
        final Token at = new Token(Token.Kind.IDENTIFIER, name, file, lineNumber);
        switch (name)
        {
            case "if" -> open(at, isActive() && evaluate(argument, at));
            case "ifdef" -> open(at, isActive() && macros.containsKey(macroName(argument, at)));
            case "ifndef" -> open(at, isActive() && !macros.containsKey(macroName(argument, at)));
            case "elif" -> elif(at, argument);
            case "else" -> otherwise(at);
            case "endif" -> close(at);
            default ->
            {
                if (isActive())
                {
                    activeDirective(name, argument, at);
                }
            }
        }
    }

    private void activeDirective(final String name, final String argument, final Token at)
    {
        switch (name)
        {
            case "define" -> define(argument, at);
            case "undef" -> macros.remove(macroName(argument, at));
            case "error" -> throw at.error("the header stops compilation here: #error " + argument);
            default ->
            {
                // #include, #pragma, #warning, #line: nothing a profile depends on.
            }
        }
    }

    private void define(final String argument, final Token at)
    {
        final String name = macroName(argument, at);
        final String rest = argument.substring(name.length());
        final Define define;
        if (rest.startsWith("("))
        {
            define = new Define(name, null, List.of(), at);
        }
        else
        {
            final String value = rest.strip();
            final List<Token> valueTokens = new ArrayList<>();
            Tokenizer.tokenize(value, file, at.line(), valueTokens);
            define = new Define(name, value, List.copyOf(valueTokens), at);
        }
        macros.put(name, define);
        defines.put(name, define);
    }

    private void open(final Token at, final boolean active)
    {
        conditionals.push(new Conditional(at, isActive(), active));
    }

    private void elif(final Token at, final String argument)
    {
        final Conditional conditional = innermost(at);
        if (conditional.inElse)
        {
            throw at.error("#elif after #else (the #" + conditional.opening.text() + " is at line " +
                conditional.opening.line() + ")");
        }
        conditional.active = conditional.parentActive && !conditional.branchTaken && evaluate(argument, at);
        conditional.branchTaken |= conditional.active;
    }

    private void otherwise(final Token at)
    {
        final Conditional conditional = innermost(at);
        if (conditional.inElse)
        {
            throw at.error("second #else (the #" + conditional.opening.text() + " is at line " +
                conditional.opening.line() + ")");
        }
        conditional.inElse = true;
        conditional.active = conditional.parentActive && !conditional.branchTaken;
        conditional.branchTaken = true;
    }

    private void close(final Token at)
    {
        innermost(at);
        conditionals.pop();
    }

    private Conditional innermost(final Token at)
    {
        if (conditionals.isEmpty())
        {
            throw at.error("#" + at.text() + " without #if");
        }
        return conditionals.peek();
    }

    private boolean isActive()
    {
        return conditionals.isEmpty() || conditionals.peek().active;
    }

    private boolean evaluate(final String condition, final Token at)
    {
        final List<Token> expression = new ArrayList<>();
        Tokenizer.tokenize(condition, file, at.line(), expression);
        return ConstantExpression.evaluate(expression, new MacroSymbols(0), at) != 0;
    }

    private String macroName(final String argument, final Token at)
    {
        int end = 0;
        while (end < argument.length() &&
            (Character.isLetterOrDigit(argument.charAt(end)) || argument.charAt(end) == '_'))
        {
            end++;
        }
        if (end == 0)
        {
            throw at.error("#" + at.text() + " needs a macro name, found '" + argument + "'");
        }
        return argument.substring(0, end);
    }

    /** Identifiers in {@code #if}: a macro's value when it is a constant expression, 0 when undefined. */
    private final class MacroSymbols implements ConstantExpression.Symbols
    {
        private static final int MAXIMUM_DEPTH = 32;
        private final int depth;

        MacroSymbols(final int depth)
        {
            this.depth = depth;
        }

        @Override
        public boolean isDefined(final Token name)
        {
            return macros.containsKey(name.text());
        }

        @Override
        public long valueOf(final Token identifier)
        {
            final Define define = macros.get(identifier.text());
            if (define == null || (define.valueTokens().isEmpty() && define.value() != null))
            {
                return 0;
            }
            if (define.value() == null)
            {
                throw identifier.error("cannot evaluate function-like macro " + identifier.text() + " in #if");
            }
            if (depth >= MAXIMUM_DEPTH)
            {
                throw identifier.error("macro " + identifier.text() + " expands recursively");
            }
            return ConstantExpression.evaluate(define.valueTokens(), new MacroSymbols(depth + 1), identifier);
        }
    }

    private static boolean endsWithBackslash(final CharSequence line)
    {
        return line.length() > 0 && line.charAt(line.length() - 1) == '\\';
    }

    /**
     * The text with every comment replaced by spaces, newlines kept so that line numbers stay true. A
     * string or character literal ends at the end of its line at the latest, so that a stray apostrophe
     * (in an inactive {@code #error}, say) cannot swallow the rest of the file.
     */
    static String withoutComments(final String text)
    {
        final StringBuilder out = new StringBuilder(text.length());
        final int length = text.length();
        int i = 0;
        while (i < length)
        {
            final char c = text.charAt(i);
            final char next = i + 1 < length ? text.charAt(i + 1) : '\0';
            if (c == '/' && next == '/')
            {
                while (i < length && text.charAt(i) != '\n')
                {
                    out.append(' ');
                    i++;
                }
            }
            else if (c == '/' && next == '*')
            {
                out.append("  ");
                i += 2;
                while (i < length && !(text.charAt(i) == '*' && i + 1 < length && text.charAt(i + 1) == '/'))
                {
                    out.append(text.charAt(i) == '\n' ? '\n' : ' ');
                    i++;
                }
                out.append("  ");
                i += 2;
            }
            else if (c == '"' || c == '\'')
            {
                out.append(c);
                i++;
                while (i < length && text.charAt(i) != c && text.charAt(i) != '\n')
                {
                    if (text.charAt(i) == '\\' && i + 1 < length && text.charAt(i + 1) != '\n')
                    {
                        out.append(text.charAt(i++));
                    }
                    out.append(text.charAt(i++));
                }
                if (i < length && text.charAt(i) == c)
                {
                    out.append(c);
                    i++;
                }
            }
            else
            {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
