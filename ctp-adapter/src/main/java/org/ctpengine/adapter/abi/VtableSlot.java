package org.ctpengine.adapter.abi;

import java.util.List;

/**
 * One virtual method of a CTP API or SPI class, at its position in the vtable.
 *
 * @param index          slot index from the vptr (0 = first virtual method; no destructors in these tables)
 * @param name           method name, e.g. {@code ReqOrderInsert}
 * @param returnType     C++ return type, e.g. {@code int}, {@code void}, {@code const char*}
 * @param parameterTypes C++ parameter types without names, {@code this} excluded,
 *                       e.g. {@code [CThostFtdcInputOrderField*, int]}
 */
public record VtableSlot(int index, String name, String returnType, List<String> parameterTypes)
{
    public VtableSlot
    {
        parameterTypes = List.copyOf(parameterTypes);
    }

    /** e.g. {@code int ReqOrderInsert(CThostFtdcInputOrderField*, int)} */
    public String signature()
    {
        return returnType + " " + name + "(" + String.join(", ", parameterTypes) + ")";
    }

    /**
     * The CTP struct a pointer parameter points to, by position among struct pointers, or null.
     * {@code structParameter(0)} of {@code OnRspUserLogin} is {@code CThostFtdcRspUserLoginField}.
     */
    public String structParameter(final int ordinal)
    {
        int seen = 0;
        for (final String type : parameterTypes)
        {
            if (type.startsWith("CThostFtdc") && type.endsWith("Field*"))
            {
                if (seen++ == ordinal)
                {
                    return type.substring(0, type.length() - 1);
                }
            }
        }
        return null;
    }
}
