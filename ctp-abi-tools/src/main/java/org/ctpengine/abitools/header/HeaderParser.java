package org.ctpengine.abitools.header;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the declarations of one preprocessed header into a {@link ParsedHeader}: typedefs, enums and the
 * bodies of structs and classes. It understands the subset of C++ that CTP headers use and skips every
 * other declaration whole (functions, variables, templates), so that vendor additions do not stop it.
 */
final class HeaderParser
{
    private final TokenCursor cursor;
    private final List<ParsedHeader.Typedef> typedefs = new ArrayList<>();
    private final List<ParsedHeader.Enumerator> enumerators = new ArrayList<>();
    private final Map<String, Long> enumeratorValues = new HashMap<>();
    private final List<ParsedHeader.Aggregate> aggregates = new ArrayList<>();

    private HeaderParser(final List<Token> tokens)
    {
        this.cursor = new TokenCursor(tokens);
    }

    /**
     * Parses one header.
     *
     * @throws org.ctpengine.adapter.abi.AbiProfileException naming file and line of what it cannot read
     */
    static ParsedHeader parse(final String file, final Preprocessor.Result preprocessed)
    {
        final HeaderParser parser = new HeaderParser(preprocessed.tokens());
        parser.declarations();
        return new ParsedHeader(file, List.copyOf(parser.typedefs), List.copyOf(parser.enumerators),
            List.copyOf(parser.aggregates), preprocessed.defines());
    }

    private void declarations()
    {
        while (!cursor.atEnd())
        {
            final Token token = cursor.peek();
            if (token.is(";") || token.is("}"))
            {
                // Empty declarations, and the end of a namespace or extern "C" block.
                cursor.next();
            }
            else if (token.is("namespace") || (token.is("extern") && cursor.peek(1).kind() == Token.Kind.STRING_LITERAL &&
                cursor.peek(2).is("{")))
            {
                enterBlock(token);
            }
            else if (token.is("typedef"))
            {
                typedef();
            }
            else if (token.is("struct") || token.is("class") || token.is("union"))
            {
                aggregate();
            }
            else if (token.is("enum"))
            {
                enumeration();
            }
            else
            {
                cursor.statement(token);
            }
        }
    }

    /** Steps into a namespace or {@code extern "C"} block: its declarations count as top-level ones. */
    private void enterBlock(final Token opening)
    {
        while (!cursor.peek().is("{"))
        {
            if (cursor.atEnd() || cursor.peek().is(";"))
            {
                throw cursor.peek().error("expected '{' after '" + opening.text() + "'");
            }
            cursor.next();
        }
        cursor.next();
    }

    private void typedef()
    {
        final Token keyword = cursor.next();
        final TokenCursor.Statement statement = cursor.statement(keyword);
        if (statement.hasBlock() || statement.contains("("))
        {
            // typedef struct {...} X; and function-pointer typedefs: CTP fields never use them.
            return;
        }
        final Declarators.Declaration declaration = Declarators.split(statement.tokens(), keyword);
        for (final Declarators.Declarator declarator : declaration.declarators())
        {
            typedefs.add(new ParsedHeader.Typedef(
                declarator.name(), declaration.type(), declarator.pointers(), declarator.bounds()));
        }
    }

    private void aggregate()
    {
        final Token keyword = cursor.peek();
        final List<Token> head = new ArrayList<>();
        int depth = 0;
        int position = 0;
        while (depth > 0 || !(cursor.peek(position).is("{") || cursor.peek(position).is(";") ||
            cursor.peek(position).is("=")))
        {
            final Token token = cursor.peek(position);
            if (token.kind() == Token.Kind.END)
            {
                throw keyword.error("'" + keyword.text() + "' is never completed: the file ends first");
            }
            depth += token.is("(") ? 1 : token.is(")") ? -1 : 0;
            head.add(token);
            position++;
        }
        if (!cursor.peek(position).is("{"))
        {
            // A forward declaration or a variable of struct type.
            cursor.statement(keyword);
            return;
        }
        for (int i = 0; i < position; i++)
        {
            cursor.next();
        }
        final Token name = aggregateName(head);
        final List<TokenCursor.Statement> members = body(name == null ? keyword : name);
        if (name != null)
        {
            aggregates.add(new ParsedHeader.Aggregate(name, List.copyOf(members)));
        }
        if (!cursor.peek().is(";"))
        {
            // struct X {...} variable;
            cursor.statement(keyword);
            return;
        }
        cursor.next();
    }

    /**
     * The class name in a head such as {@code class TRADER_API_EXPORT CThostFtdcTraderApi : public Base}:
     * the last identifier before the base clause, outside attribute parentheses.
     */
    private static Token aggregateName(final List<Token> head)
    {
        Token name = null;
        int depth = 0;
        for (int i = 1; i < head.size(); i++)
        {
            final Token token = head.get(i);
            if (token.is("("))
            {
                depth++;
            }
            else if (token.is(")"))
            {
                depth--;
            }
            else if (depth == 0 && token.is(":"))
            {
                break;
            }
            else if (depth == 0 && token.isIdentifier() && !token.is("final") && !token.is("alignas"))
            {
                name = token;
            }
        }
        return name;
    }

    private List<TokenCursor.Statement> body(final Token owner)
    {
        cursor.expect("{", "to open the body of " + owner.text());
        final List<TokenCursor.Statement> members = new ArrayList<>();
        while (true)
        {
            final Token token = cursor.peek();
            if (token.kind() == Token.Kind.END)
            {
                throw owner.error("the body of " + owner.text() + " is never closed: the file ends first");
            }
            if (token.is("}"))
            {
                cursor.next();
                return members;
            }
            if (token.is(";"))
            {
                cursor.next();
            }
            else if ((token.is("public") || token.is("protected") || token.is("private")) && cursor.peek(1).is(":"))
            {
                cursor.next();
                cursor.next();
            }
            else
            {
                members.add(cursor.statement(token));
            }
        }
    }

    private void enumeration()
    {
        final Token keyword = cursor.peek();
        int position = 1;
        while (!cursor.peek(position).is("{"))
        {
            final Token token = cursor.peek(position);
            if (token.is(";") || token.kind() == Token.Kind.END)
            {
                // A forward declaration or a variable of enum type.
                cursor.statement(keyword);
                return;
            }
            position++;
        }
        for (int i = 0; i < position; i++)
        {
            cursor.next();
        }
        final Token open = cursor.next();
        final List<Token> body = new ArrayList<>();
        while (!cursor.peek().is("}"))
        {
            if (cursor.atEnd())
            {
                throw open.error("the enum body is never closed: the file ends first");
            }
            body.add(cursor.next());
        }
        cursor.next();
        long value = -1;
        for (final List<Token> enumerator : Declarators.splitAtCommas(body))
        {
            if (enumerator.isEmpty())
            {
                continue;
            }
            final Token name = enumerator.get(0);
            if (!name.isIdentifier())
            {
                throw name.error("expected an enumerator name but found '" + name.text() + "'");
            }
            if (enumerator.size() == 1)
            {
                value++;
            }
            else if (enumerator.get(1).is("="))
            {
                value = ConstantExpression.evaluate(enumerator.subList(2, enumerator.size()), new EnumSymbols(),
                    enumerator.get(1));
            }
            else
            {
                throw enumerator.get(1).error("unexpected '" + enumerator.get(1).text() + "' after enumerator " +
                    name.text());
            }
            enumerators.add(new ParsedHeader.Enumerator(name, value));
            enumeratorValues.put(name.text(), value);
        }
        if (cursor.peek().is(";"))
        {
            cursor.next();
        }
        else
        {
            cursor.statement(keyword);
        }
    }

    /** Enumerator values may name earlier enumerators; nothing else has a value there. */
    private final class EnumSymbols implements ConstantExpression.Symbols
    {
        @Override
        public boolean isDefined(final Token name)
        {
            throw name.error("'defined' is only allowed in #if");
        }

        @Override
        public long valueOf(final Token identifier)
        {
            final Long value = enumeratorValues.get(identifier.text());
            if (value == null)
            {
                throw identifier.error("unknown name '" + identifier.text() + "' in an enumerator value");
            }
            return value;
        }
    }
}
