package org.ctpengine.abitools.header;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ctpengine.adapter.abi.AbiProfile;
import org.ctpengine.adapter.abi.CtpConstant;

/**
 * Renders {@code ThostFtdcUserApiDataType.h}: the {@code THOST_FTDC_*} codes as {@code #define}s grouped by
 * code family, and the {@code THOST_TE_RESUME_TYPE} enum from the profile's {@code THOST_TERT_*} constants.
 * No {@code TThostFtdc*Type} typedefs: the profile does not record them, and the struct header declares its
 * members with plain C types.
 */
final class DataTypeHeaderRenderer
{
    /** SFIT's resume types, used when a profile records none, because the API headers need the enum. */
    static final List<CtpConstant> STANDARD_RESUME_TYPES = List.of(
        new CtpConstant("THOST_TERT_RESTART", SdkHeaders.RESUME_TYPE_GROUP, "0"),
        new CtpConstant("THOST_TERT_RESUME", SdkHeaders.RESUME_TYPE_GROUP, "1"),
        new CtpConstant("THOST_TERT_QUICK", SdkHeaders.RESUME_TYPE_GROUP, "2"),
        new CtpConstant("THOST_TERT_NONE", SdkHeaders.RESUME_TYPE_GROUP, "3"));

    private DataTypeHeaderRenderer()
    {
    }

    static String render(final AbiProfile profile)
    {
        final CppSourceBuilder out = new CppSourceBuilder(profile, SdkHeaders.DATA_TYPE, "THOST_FTDCDATATYPE_H");
        final List<CtpConstant> resumeTypes = new ArrayList<>();
        final Map<String, List<CtpConstant>> codesByGroup = new TreeMap<>();
        for (final CtpConstant constant : profile.constants().values())
        {
            if (SdkHeaders.RESUME_TYPE_GROUP.equals(constant.group()))
            {
                resumeTypes.add(constant);
            }
            else
            {
                codesByGroup.computeIfAbsent(constant.group(), group -> new ArrayList<>()).add(constant);
            }
        }
        if (resumeTypes.isEmpty())
        {
            resumeTypes.addAll(STANDARD_RESUME_TYPES);
        }
        resumeTypes.sort(Comparator.comparingInt(CtpConstant::intValue));

        out.line("///" + SdkHeaders.RESUME_TYPE_ENUM + ": where a private or public flow resumes");
        out.line("enum " + SdkHeaders.RESUME_TYPE_ENUM);
        out.line("{");
        for (int i = 0; i < resumeTypes.size(); i++)
        {
            final CtpConstant constant = resumeTypes.get(i);
            out.indented(constant.name() + " = " + constant.value() + (i + 1 < resumeTypes.size() ? "," : ""));
        }
        out.line("};");
        out.blank();

        for (final Map.Entry<String, List<CtpConstant>> group : codesByGroup.entrySet())
        {
            out.line("///group " + group.getKey());
            for (final CtpConstant constant : group.getValue())
            {
                out.line("#define " + constant.name() + " " + constant.value());
            }
            out.blank();
        }
        return out.finish();
    }
}
