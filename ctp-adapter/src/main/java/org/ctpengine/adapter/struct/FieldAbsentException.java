package org.ctpengine.adapter.struct;

/**
 * A flyweight accessor was used for a field that the bound ABI profile's version of the struct does not have,
 * e.g. {@code OrderMemo} of {@code CThostFtdcInputOrderField} under 6.6.1_P1 (SFIT appended it in 6.7.x).
 * Flyweights offer {@code hasX()} for every such field so that callers can check first.
 */
public class FieldAbsentException extends IllegalStateException
{
    private static final long serialVersionUID = 1L;

    private final String structName;
    private final String fieldName;
    private final String profileId;

    public FieldAbsentException(final String structName, final String fieldName, final String profileId)
    {
        super("struct " + structName + " has no field " + fieldName + " in ABI profile " + profileId +
            " (the field was added in a later CTP version; check has" + fieldName + "() before use)");
        this.structName = structName;
        this.fieldName = fieldName;
        this.profileId = profileId;
    }

    /** SFIT's struct name, e.g. {@code CThostFtdcInputOrderField}. */
    public String structName()
    {
        return structName;
    }

    /** SFIT's field name, e.g. {@code OrderMemo}. */
    public String fieldName()
    {
        return fieldName;
    }

    /** Id of the profile that lacks the field, e.g. {@code 6.6.1_P1}. */
    public String profileId()
    {
        return profileId;
    }
}
