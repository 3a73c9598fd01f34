package org.ctpengine.abitools.header;

import java.util.List;
import java.util.Map;

/**
 * What one header declares, before any of it is interpreted: typedefs, enumerators with their values,
 * the raw members of every struct and class, and the {@code #define}s of its active code.
 *
 * @param file        the header's path as given
 * @param typedefs    plain typedefs in declaration order (function-pointer typedefs are left out)
 * @param enumerators every enumerator of every enum, with its value counted as C does
 * @param aggregates  every struct, class or union with a body
 * @param defines     macros defined in the active code, by name
 */
record ParsedHeader(
    String file,
    List<Typedef> typedefs,
    List<Enumerator> enumerators,
    List<Aggregate> aggregates,
    Map<String, Preprocessor.Define> defines)
{
    /** {@code typedef TYPE *...NAME[bounds]}: {@code type} holds the tokens before the declarator. */
    record Typedef(Token name, List<Token> type, int pointers, List<List<Token>> bounds)
    {
    }

    /** One enumerator, e.g. {@code THOST_TERT_QUICK} = 2. */
    record Enumerator(Token name, long value)
    {
    }

    /** A struct, class or union with a body: its member statements, access specifiers removed. */
    record Aggregate(Token name, List<TokenCursor.Statement> members)
    {
    }

    /** The aggregate of that name, or null. */
    Aggregate aggregate(final String name)
    {
        for (final Aggregate aggregate : aggregates)
        {
            if (aggregate.name().text().equals(name))
            {
                return aggregate;
            }
        }
        return null;
    }
}
