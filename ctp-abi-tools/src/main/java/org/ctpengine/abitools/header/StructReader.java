package org.ctpengine.abitools.header;

import java.util.ArrayList;
import java.util.List;

import org.ctpengine.adapter.abi.CType;
import org.ctpengine.adapter.abi.FieldLayout;
import org.ctpengine.adapter.abi.StructLayout;

/**
 * Turns a parsed struct into a {@link StructLayout}: field types through the typedefs, offsets and size by
 * the C rules for x86-64 (each field at a multiple of its alignment, size rounded up to the largest one).
 */
final class StructReader
{
    private StructReader()
    {
    }

    /**
     * The layout of {@code struct}.
     *
     * @param typedefFiles the headers whose typedefs were consulted, named when a typedef is unknown
     * @throws org.ctpengine.adapter.abi.AbiProfileException naming file and line of a member it cannot lay out
     */
    static StructLayout read(final ParsedHeader.Aggregate struct, final TypedefTable typedefs, final String typedefFiles)
    {
        final String structName = struct.name().text();
        final List<FieldLayout> fields = new ArrayList<>();
        int offset = 0;
        for (final TokenCursor.Statement member : struct.members())
        {
            if (member.hasBlock() || member.contains("("))
            {
                throw member.first().error("struct " + structName + ": '" + member.text() +
                    "' is not a data member; CTP structs hold only fields");
            }
            final Declarators.Declaration declaration = Declarators.split(member.tokens(), member.first());
            for (final Declarators.Declarator declarator : declaration.declarators())
            {
                final FieldLayout field = field(structName, declaration.type(), declarator, typedefs, typedefFiles, offset);
                fields.add(field);
                offset = field.end();
            }
        }
        try
        {
            return new StructLayout(structName, StructLayout.naturalSize(fields), fields);
        }
        catch (final IllegalArgumentException e)
        {
            throw struct.name().error(e.getMessage());
        }
    }

    private static FieldLayout field(
        final String structName,
        final List<Token> typeTokens,
        final Declarators.Declarator declarator,
        final TypedefTable typedefs,
        final String typedefFiles,
        final int previousEnd)
    {
        final Token name = declarator.name();
        final String what = "field " + name.text() + " of struct " + structName;
        final List<String> words = new ArrayList<>();
        for (final Token token : typeTokens)
        {
            if (!token.isIdentifier())
            {
                throw name.error(what + " has a type this reader cannot resolve: '" +
                    Token.join(typeTokens) + "'");
            }
            if (!TypedefTable.QUALIFIERS.contains(token.text()))
            {
                words.add(token.text());
            }
        }
        final List<Integer> bounds = new ArrayList<>(TypedefTable.bounds(declarator.bounds(), name));
        int pointers = declarator.pointers();
        final String written = String.join(" ", words);
        final List<String> baseWords;
        if (words.size() == 1 && typedefs.contains(words.get(0)))
        {
            final TypedefTable.Resolved resolved = typedefs.resolve(words.get(0));
            baseWords = resolved.words();
            pointers += resolved.pointers();
            bounds.addAll(resolved.bounds());
        }
        else if (!words.isEmpty() && TypedefTable.BUILT_IN_TYPE_WORDS.containsAll(words))
        {
            baseWords = words;
        }
        else
        {
            throw name.error(what + " has unknown type '" + written + "': no typedef of that name in " + typedefFiles);
        }
        final CType scalar = scalar(String.join(" ", baseWords));
        if (scalar == null || pointers > 0)
        {
            throw name.error(what + " has type '" + written + "' (" + String.join(" ", baseWords) + "*".repeat(pointers) +
                "), which CTP structs do not use; expected char, char[N], short, int, double or a typedef of them");
        }
        final CType type;
        final int length;
        if (bounds.isEmpty())
        {
            type = scalar;
            length = scalar.alignment();
        }
        else if (bounds.size() == 1 && scalar == CType.CHAR)
        {
            type = CType.CHAR_ARRAY;
            length = bounds.get(0);
        }
        else
        {
            throw name.error(what + " is an array of " + String.join(" ", baseWords) + " with bounds " + bounds +
                "; CTP structs only have one-dimensional char arrays");
        }
        final int alignment = type.alignment();
        final int offset = (previousEnd + alignment - 1) / alignment * alignment;
        return new FieldLayout(name.text(), offset, type, length);
    }

    private static CType scalar(final String baseType)
    {
        return switch (baseType)
        {
            case "char" -> CType.CHAR;
            case "short", "short int", "signed short", "signed short int" -> CType.SHORT;
            case "int", "signed", "signed int" -> CType.INT;
            case "double" -> CType.DOUBLE;
            default -> null;
        };
    }
}
