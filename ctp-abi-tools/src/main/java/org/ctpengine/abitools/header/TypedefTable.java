package org.ctpengine.abitools.header;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The typedefs of a header set ({@code TThostFtdcPriceType} → {@code double},
 * {@code TThostFtdcInstrumentIDType} → {@code char[81]}), resolved through chains of typedefs.
 */
final class TypedefTable
{
    /** Spellings that are C++ types by themselves, never typedef or parameter names. */
    static final Set<String> BUILT_IN_TYPE_WORDS = Set.of(
        "void", "char", "short", "int", "long", "float", "double", "bool", "signed", "unsigned", "wchar_t",
        "char16_t", "char32_t");
    /** Words that may appear in a type without naming one. */
    static final Set<String> QUALIFIERS = Set.of("const", "volatile", "struct", "class", "enum", "union", "typename");

    private static final int MAXIMUM_CHAIN = 32;

    /**
     * A type reduced to what the typedefs stand for.
     *
     * @param words    the base type's words, e.g. {@code [char]}, {@code [unsigned, int]}, {@code [CThostFtdcXField]}
     * @param isConst  whether the base type is const
     * @param pointers pointer levels on the base type
     * @param bounds   array bounds, outermost first
     */
    record Resolved(List<String> words, boolean isConst, int pointers, List<Integer> bounds)
    {
    }

    private final Map<String, ParsedHeader.Typedef> byName = new LinkedHashMap<>();

    /** Adds typedefs; a name already known keeps its first definition, as repeated identical typedefs are legal. */
    void addAll(final List<ParsedHeader.Typedef> typedefs)
    {
        for (final ParsedHeader.Typedef typedef : typedefs)
        {
            byName.putIfAbsent(typedef.name().text(), typedef);
        }
    }

    boolean contains(final String name)
    {
        return byName.containsKey(name);
    }

    /**
     * What the named typedef stands for, or null when there is no such typedef.
     *
     * @throws org.ctpengine.adapter.abi.AbiProfileException at the typedef when it cannot be reduced
     */
    Resolved resolve(final String name)
    {
        return resolve(name, 0);
    }

    private Resolved resolve(final String name, final int depth)
    {
        final ParsedHeader.Typedef typedef = byName.get(name);
        if (typedef == null)
        {
            return null;
        }
        if (depth > MAXIMUM_CHAIN)
        {
            throw typedef.name().error("typedef " + name + " refers to itself");
        }
        final List<String> words = new ArrayList<>();
        boolean isConst = false;
        for (final Token token : typedef.type())
        {
            if (!token.isIdentifier())
            {
                throw typedef.name().error("typedef " + name + " has a type this reader cannot resolve: '" +
                    Token.join(typedef.type()) + "'");
            }
            if (token.is("const"))
            {
                isConst = true;
            }
            else if (!QUALIFIERS.contains(token.text()))
            {
                words.add(token.text());
            }
        }
        final List<Integer> bounds = bounds(typedef.bounds(), typedef.name());
        if (words.size() == 1 && !words.get(0).equals(name) && byName.containsKey(words.get(0)))
        {
            final Resolved inner = resolve(words.get(0), depth + 1);
            if (!inner.bounds().isEmpty() && typedef.pointers() > 0)
            {
                throw typedef.name().error("typedef " + name + " is a pointer to an array, which CTP types never are");
            }
            final List<Integer> allBounds = new ArrayList<>(bounds);
            allBounds.addAll(inner.bounds());
            return new Resolved(inner.words(), inner.isConst() || isConst, inner.pointers() + typedef.pointers(),
                List.copyOf(allBounds));
        }
        return new Resolved(List.copyOf(words), isConst, typedef.pointers(), bounds);
    }

    /** Evaluates array bounds, which must be constant and positive. */
    static List<Integer> bounds(final List<List<Token>> bounds, final Token declared)
    {
        final List<Integer> values = new ArrayList<>();
        for (final List<Token> bound : bounds)
        {
            final long value = ConstantExpression.evaluate(bound, NO_SYMBOLS, declared);
            if (value <= 0 || value > Integer.MAX_VALUE)
            {
                throw declared.error("array bound of " + declared.text() + " must be positive, not " + value);
            }
            values.add((int)value);
        }
        return List.copyOf(values);
    }

    /** Array bounds in CTP headers are plain numbers. */
    private static final ConstantExpression.Symbols NO_SYMBOLS = new ConstantExpression.Symbols()
    {
        @Override
        public boolean isDefined(final Token name)
        {
            throw name.error("'defined' is only allowed in #if");
        }

        @Override
        public long valueOf(final Token identifier)
        {
            throw identifier.error("array bound uses '" + identifier.text() + "'; only numbers are supported");
        }
    };
}
