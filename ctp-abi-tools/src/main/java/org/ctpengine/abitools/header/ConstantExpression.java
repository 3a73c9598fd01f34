package org.ctpengine.abitools.header;

import java.util.List;
import java.util.Map;

/**
 * Evaluates an integer constant expression, as in {@code #if} conditions, enumerator values and array
 * bounds: literals, identifiers (through {@link Symbols}), {@code defined}, unary, binary and conditional
 * operators with C's precedence. Arithmetic is on {@code long}, which covers every header this reads.
 */
final class ConstantExpression
{
    /** Binary operators and their precedence; higher binds tighter. */
    private static final Map<String, Integer> PRECEDENCE = Map.ofEntries(
        Map.entry("||", 1), Map.entry("&&", 2), Map.entry("|", 3), Map.entry("^", 4), Map.entry("&", 5),
        Map.entry("==", 6), Map.entry("!=", 6),
        Map.entry("<", 7), Map.entry(">", 7), Map.entry("<=", 7), Map.entry(">=", 7),
        Map.entry("<<", 8), Map.entry(">>", 8),
        Map.entry("+", 9), Map.entry("-", 9),
        Map.entry("*", 10), Map.entry("/", 10), Map.entry("%", 10));

    /** Where identifiers get their meaning. */
    interface Symbols
    {
        /** The operand of {@code defined}; contexts without macros throw an error at the token. */
        boolean isDefined(Token name);

        /** The value of an identifier, or an error at the token. */
        long valueOf(Token identifier);
    }

    private final List<Token> tokens;
    private final Symbols symbols;
    private int position;

    private ConstantExpression(final List<Token> tokens, final Symbols symbols)
    {
        this.tokens = tokens;
        this.symbols = symbols;
    }

    /**
     * The value of {@code tokens}.
     *
     * @param where the token to blame when the expression is empty
     * @throws org.ctpengine.adapter.abi.AbiProfileException naming file and line when it cannot be evaluated
     */
    static long evaluate(final List<Token> tokens, final Symbols symbols, final Token where)
    {
        if (tokens.isEmpty())
        {
            throw where.error("expected a constant expression after '" + where.text() + "'");
        }
        final ConstantExpression expression = new ConstantExpression(tokens, symbols);
        final long value = expression.conditional();
        if (expression.position < tokens.size())
        {
            throw tokens.get(expression.position).error("unexpected '" + tokens.get(expression.position).text() +
                "' in constant expression '" + Token.join(tokens) + "'");
        }
        return value;
    }

    /** Parses a C integer literal ({@code 42}, {@code 0x1F}, {@code 010}, {@code 1000L}). */
    static long integerLiteral(final Token token)
    {
        String digits = token.text().toLowerCase();
        while (digits.endsWith("u") || digits.endsWith("l"))
        {
            digits = digits.substring(0, digits.length() - 1);
        }
        try
        {
            if (digits.startsWith("0x"))
            {
                return Long.parseLong(digits.substring(2), 16);
            }
            if (digits.startsWith("0b"))
            {
                return Long.parseLong(digits.substring(2), 2);
            }
            if (digits.length() > 1 && digits.startsWith("0"))
            {
                return Long.parseLong(digits.substring(1), 8);
            }
            return Long.parseLong(digits);
        }
        catch (final NumberFormatException e)
        {
            throw token.error("'" + token.text() + "' is not an integer literal");
        }
    }

    private long conditional()
    {
        final long condition = binary(1);
        if (!peekIs("?"))
        {
            return condition;
        }
        position++;
        final long whenTrue = conditional();
        expect(":");
        final long whenFalse = conditional();
        return condition != 0 ? whenTrue : whenFalse;
    }

    private long binary(final int minimumPrecedence)
    {
        long left = unary();
        while (position < tokens.size())
        {
            final Token operator = tokens.get(position);
            final Integer precedence = operator.kind() == Token.Kind.PUNCTUATOR ? PRECEDENCE.get(operator.text()) : null;
            if (precedence == null || precedence < minimumPrecedence)
            {
                break;
            }
            position++;
            final long right = binary(precedence + 1);
            left = apply(operator, left, right);
        }
        return left;
    }

    private static long apply(final Token operator, final long left, final long right)
    {
        return switch (operator.text())
        {
            case "||" -> left != 0 || right != 0 ? 1 : 0;
            case "&&" -> left != 0 && right != 0 ? 1 : 0;
            case "|" -> left | right;
            case "^" -> left ^ right;
            case "&" -> left & right;
            case "==" -> left == right ? 1 : 0;
            case "!=" -> left != right ? 1 : 0;
            case "<" -> left < right ? 1 : 0;
            case ">" -> left > right ? 1 : 0;
            case "<=" -> left <= right ? 1 : 0;
            case ">=" -> left >= right ? 1 : 0;
            case "<<" -> left << right;
            case ">>" -> left >> right;
            case "+" -> left + right;
            case "-" -> left - right;
            case "*" -> left * right;
            case "/", "%" ->
            {
                if (right == 0)
                {
                    throw operator.error("division by zero in constant expression");
                }
                yield operator.is("/") ? left / right : left % right;
            }
            default -> throw operator.error("unsupported operator '" + operator.text() + "'");
        };
    }

    private long unary()
    {
        final Token token = next();
        if (token.kind() == Token.Kind.PUNCTUATOR)
        {
            switch (token.text())
            {
                case "!":
                    return unary() == 0 ? 1 : 0;
                case "-":
                    return -unary();
                case "+":
                    return unary();
                case "~":
                    return ~unary();
                case "(":
                    final long value = conditional();
                    expect(")");
                    return value;
                default:
                    throw token.error("unexpected '" + token.text() + "' in constant expression '" + Token.join(tokens) + "'");
            }
        }
        return switch (token.kind())
        {
            case NUMBER -> integerLiteral(token);
            case CHAR_LITERAL -> characterValue(token);
            case IDENTIFIER -> identifier(token);
            default -> throw token.error("unexpected '" + token.text() + "' in constant expression '" + Token.join(tokens) + "'");
        };
    }

    private long identifier(final Token token)
    {
        switch (token.text())
        {
            case "defined":
                final boolean parenthesised = peekIs("(");
                if (parenthesised)
                {
                    position++;
                }
                final Token name = next();
                if (!name.isIdentifier())
                {
                    throw name.error("expected a macro name after 'defined', found '" + name.text() + "'");
                }
                if (parenthesised)
                {
                    expect(")");
                }
                return symbols.isDefined(name) ? 1 : 0;
            case "true":
                return 1;
            case "false":
                return 0;
            default:
                return symbols.valueOf(token);
        }
    }

    private static long characterValue(final Token token)
    {
        final String body = token.text().substring(1, token.text().length() - 1);
        if (body.length() == 1)
        {
            return body.charAt(0);
        }
        if (body.length() == 2 && body.charAt(0) == '\\')
        {
            return switch (body.charAt(1))
            {
                case 'n' -> '\n';
                case 't' -> '\t';
                case 'r' -> '\r';
                case '0' -> 0;
                default -> body.charAt(1);
            };
        }
        throw token.error("unsupported character literal " + token.text());
    }

    private Token next()
    {
        if (position >= tokens.size())
        {
            final Token last = tokens.get(tokens.size() - 1);
            throw last.error("constant expression '" + Token.join(tokens) + "' ends too early");
        }
        return tokens.get(position++);
    }

    private boolean peekIs(final String text)
    {
        return position < tokens.size() && tokens.get(position).is(text);
    }

    private void expect(final String text)
    {
        final Token token = next();
        if (!token.is(text))
        {
            throw token.error("expected '" + text + "' but found '" + token.text() + "' in constant expression '" +
                Token.join(tokens) + "'");
        }
    }
}
