package org.ctpengine.adapter.struct;

import org.ctpengine.adapter.abi.CType;

/**
 * A field that a flyweight names, as resolved against its profile when the flyweight was built. Lets tests
 * (and tools) enumerate what a flyweight reads and writes without parsing its source.
 *
 * @param name     SFIT's field name
 * @param type     the C type the flyweight expects
 * @param offset   offset in the struct, or {@link StructFlyweight#ABSENT} when the profile lacks an optional field
 * @param length   size in bytes (N for {@code char[N]}), 0 when absent
 * @param optional whether the flyweight tolerates the field's absence (fields appended in later CTP versions)
 */
record BoundField(String name, CType type, int offset, int length, boolean optional)
{
    boolean present()
    {
        return offset != StructFlyweight.ABSENT;
    }
}
