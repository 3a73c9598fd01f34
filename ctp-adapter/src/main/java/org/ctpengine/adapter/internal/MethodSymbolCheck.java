package org.ctpengine.adapter.internal;

import org.ctpengine.adapter.abi.AbiProfiles;
import org.ctpengine.adapter.abi.ApiTable;
import org.ctpengine.adapter.abi.VtableSlot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What can be checked of a library that does not export its implementation's vtable: the member functions it exports.
 * The implementation class is the one whose exported methods cover most of the profile's API methods; when it exports
 * at least half of them, every method of the profile must be among them with the same parameter types, and it may
 * have no API method of another CTP version that the profile lacks (a newer or older library than the profile). Slot
 * order cannot be checked this way. Load time only; allocates.
 */
public final class MethodSymbolCheck
{
    private MethodSymbolCheck()
    {
    }

    /**
     * The outcome.
     *
     * @param checked    what was compared, for the record ({@code "the 98 CThostFtdcTraderApi methods CFtdcTraderApiImpl
     *                   exports: names and parameter types"}), or null when the library exports too few to check
     * @param mismatch   null when nothing contradicts the profile, else what does
     */
    public record Result(String checked, String mismatch)
    {
        public boolean matches()
        {
            return mismatch == null;
        }
    }

    public static Result check(final Path library, final ApiTable table, final List<VtableSlot> slots)
    {
        final Map<String, List<MangledMethod>> exported = ExportedMethods.read(library);
        final Map<String, VtableSlot> wanted = new LinkedHashMap<>();
        slots.forEach(slot -> wanted.put(slot.name(), slot));

        String implementation = null;
        int best = 0;
        for (final Map.Entry<String, List<MangledMethod>> entry : exported.entrySet())
        {
            if (entry.getKey().equals(table.className()))
            {
                continue; // the abstract class's static factory and version function, not the implementation
            }
            final int covered = (int)entry.getValue().stream().map(MangledMethod::methodName).distinct()
                .filter(wanted::containsKey).count();
            if (covered > best)
            {
                best = covered;
                implementation = entry.getKey();
            }
        }
        if (implementation == null || best * 2 < wanted.size())
        {
            return new Result(null, null);
        }

        final Map<String, MangledMethod> methods = new LinkedHashMap<>();
        exported.get(implementation).forEach(method -> methods.putIfAbsent(method.methodName(), method));
        final List<String> problems = new ArrayList<>();
        final List<String> absent = new ArrayList<>();
        for (final VtableSlot slot : slots)
        {
            final MangledMethod method = methods.get(slot.name());
            if (method == null)
            {
                absent.add(slot.name());
            }
            else if (!method.parameterTypes().equals(slot.parameterTypes()))
            {
                problems.add(slot.name() + " takes (" + String.join(", ", method.parameterTypes()) + "), the profile says (" +
                    String.join(", ", slot.parameterTypes()) + ")");
            }
        }
        final Set<String> otherVersions = new TreeSet<>();
        for (final String id : AbiProfiles.BUILT_IN)
        {
            AbiProfiles.byId(id).slots(table).forEach(slot -> otherVersions.add(slot.name()));
        }
        final Set<String> extra = new TreeSet<>();
        for (final String name : methods.keySet())
        {
            if (!wanted.containsKey(name) && otherVersions.contains(name))
            {
                extra.add(name);
            }
        }
        if (!absent.isEmpty())
        {
            problems.add(0, implementation + " lacks " + absent.size() + " of its methods (" + first(absent) + ")");
        }
        if (!extra.isEmpty())
        {
            problems.add(implementation + " has " + extra.size() + " API methods the profile lacks (" +
                first(new ArrayList<>(extra)) + ")");
        }
        final String checked = "the " + table.className() + " methods " + implementation + " exports (" + best + " of " +
            wanted.size() + "): names and parameter types; slot order cannot be checked without the vtable";
        return new Result(checked, problems.isEmpty() ? null : String.join("; ", problems));
    }

    private static String first(final List<String> names)
    {
        return names.size() <= 3 ? String.join(", ", names) : String.join(", ", names.subList(0, 3)) + ", ...";
    }
}
