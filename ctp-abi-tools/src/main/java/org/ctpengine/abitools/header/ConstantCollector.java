package org.ctpengine.abitools.header;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.ctpengine.adapter.abi.CtpConstant;

/**
 * Gathers the CTP codes of a header set: every {@code #define THOST_...} whose value is a character or
 * integer literal ({@code THOST_FTDC_D_Buy '0'}, kept as written), and every {@code THOST_...} enumerator
 * with its counted value ({@code THOST_TERT_QUICK} → {@code 2}). Include guards have no value and drop out, and
 * so do the few multi-character constants ({@code THOST_FTDC_FTC_BankLaunchBankToBroker '102001'}): no field holds
 * one (C gives them an implementation-defined int), and the profiles taken from the libraries never had them.
 */
final class ConstantCollector
{
    private static final String PREFIX = "THOST_";
    private static final Pattern LITERAL = Pattern.compile("'(\\\\.|[^'\\\\])'|-?[0-9]+");

    private record Found(CtpConstant constant, Token at)
    {
    }

    private ConstantCollector()
    {
    }

    /**
     * The constants of all headers.
     *
     * @throws org.ctpengine.adapter.abi.AbiProfileException when one name gets two different values
     */
    static List<CtpConstant> collect(final List<ParsedHeader> headers)
    {
        final Map<String, Found> found = new LinkedHashMap<>();
        for (final ParsedHeader header : headers)
        {
            for (final Preprocessor.Define define : header.defines().values())
            {
                if (define.name().startsWith(PREFIX) && define.value() != null && LITERAL.matcher(define.value()).matches())
                {
                    add(found, new CtpConstant(define.name(), CtpConstant.groupOf(define.name()), define.value()), define.at());
                }
            }
            for (final ParsedHeader.Enumerator enumerator : header.enumerators())
            {
                final String name = enumerator.name().text();
                if (name.startsWith(PREFIX))
                {
                    add(found, new CtpConstant(name, CtpConstant.groupOf(name), Long.toString(enumerator.value())),
                        enumerator.name());
                }
            }
        }
        final List<CtpConstant> constants = new ArrayList<>();
        for (final Found entry : found.values())
        {
            constants.add(entry.constant());
        }
        return constants;
    }

    private static void add(final Map<String, Found> found, final CtpConstant constant, final Token at)
    {
        final Found previous = found.putIfAbsent(constant.name(), new Found(constant, at));
        if (previous != null && !previous.constant().value().equals(constant.value()))
        {
            throw at.error(constant.name() + " is " + constant.value() + " here but " + previous.constant().value() +
                " at " + previous.at().file() + ":" + previous.at().line());
        }
    }
}
