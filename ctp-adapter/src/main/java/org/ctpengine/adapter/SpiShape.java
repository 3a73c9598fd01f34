package org.ctpengine.adapter;

import org.ctpengine.adapter.abi.VtableSlot;

import java.util.List;

/**
 * The parameter shapes of CTP's SPI methods (after {@code this}). Each shape has one JNA trampoline type whose
 * parameters are primitives only, so that JNA takes its direct, non-boxing callback path. The test-support SPI driver
 * ({@code src/test/c/ctp_spi_driver.c}) switches on the ordinals; the build generates its numbering from this enum.
 */
public enum SpiShape
{
    /** {@code ()}: OnFrontConnected. */
    NO_ARGS,
    /** {@code (int)}: OnFrontDisconnected(reason), OnHeartBeatWarning(timeLapse). */
    INT,
    /** {@code (X*)}: OnRtnXxx. */
    STRUCT,
    /** {@code (X*, CThostFtdcRspInfoField*)}: OnErrRtnXxx. */
    STRUCT_RSP,
    /** {@code (X*, CThostFtdcRspInfoField*, int nRequestID, bool bIsLast)}: OnRspXxx. */
    STRUCT_RSP_REQUEST,
    /** {@code (CThostFtdcRspInfoField*, int nRequestID, bool bIsLast)}: OnRspError. */
    RSP_REQUEST,
    /**
     * Any other signature of up to five pointer or integer parameters (none seen in SFIT's headers so far):
     * delivered as raw 64-bit argument registers (System V x86-64), see {@link SpiCallback#rawArgument(int)}.
     */
    RAW;

    /** At most this many parameters (after {@code this}) fit {@link #RAW}: the integer argument registers left. */
    public static final int MAX_RAW_ARGUMENTS = 5;

    private static final String RSP_INFO = "CThostFtdcRspInfoField*";

    /**
     * The shape of a slot's signature.
     *
     * @throws IllegalArgumentException for a signature no trampoline can receive (e.g. a floating-point parameter)
     */
    public static SpiShape of(final VtableSlot slot)
    {
        final List<String> p = slot.parameterTypes();
        if (!"void".equals(slot.returnType()))
        {
            throw new IllegalArgumentException("SPI method " + slot.signature() + " does not return void");
        }
        if (p.isEmpty())
        {
            return NO_ARGS;
        }
        if (p.size() == 1 && isInteger(p.get(0)))
        {
            return INT;
        }
        if (p.size() == 1 && isPointer(p.get(0)))
        {
            return STRUCT;
        }
        if (p.size() == 2 && isPointer(p.get(0)) && RSP_INFO.equals(p.get(1)))
        {
            return STRUCT_RSP;
        }
        if (p.size() == 4 && isPointer(p.get(0)) && RSP_INFO.equals(p.get(1)) && "int".equals(p.get(2)) &&
            "bool".equals(p.get(3)))
        {
            return STRUCT_RSP_REQUEST;
        }
        if (p.size() == 3 && RSP_INFO.equals(p.get(0)) && "int".equals(p.get(1)) && "bool".equals(p.get(2)))
        {
            return RSP_REQUEST;
        }
        if (p.size() <= MAX_RAW_ARGUMENTS && p.stream().allMatch(t -> isPointer(t) || isInteger(t)))
        {
            return RAW;
        }
        throw new IllegalArgumentException("SPI method " + slot.signature() + " has a signature no trampoline can receive");
    }

    /** Whether a slot of this shape carries a pointer to a CTP struct (its first parameter). */
    public boolean hasStruct()
    {
        return this == STRUCT || this == STRUCT_RSP || this == STRUCT_RSP_REQUEST;
    }

    /** Whether a slot of this shape carries a {@code CThostFtdcRspInfoField*}. */
    public boolean hasRspInfo()
    {
        return this == STRUCT_RSP || this == STRUCT_RSP_REQUEST || this == RSP_REQUEST;
    }

    /** Whether a slot of this shape carries nRequestID and bIsLast. */
    public boolean hasRequest()
    {
        return this == STRUCT_RSP_REQUEST || this == RSP_REQUEST;
    }

    static boolean isPointer(final String type)
    {
        return type.endsWith("*");
    }

    /** Passed in an integer register as at most 32 bits: int, bool, char, short and enums (THOST_TE_RESUME_TYPE). */
    static boolean isInteger(final String type)
    {
        return switch (type)
        {
            case "int", "unsigned int", "bool", "char", "signed char", "unsigned char", "short", "unsigned short" -> true;
            default -> type.startsWith("THOST_") || type.startsWith("TThost");
        };
    }
}
