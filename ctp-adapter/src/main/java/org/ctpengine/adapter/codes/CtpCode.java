package org.ctpengine.adapter.codes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the SFIT macro that a Java code constant restates, e.g. {@code @CtpCode("THOST_FTDC_D_Buy")} on
 * {@link Direction#BUY}. A test reads every annotated constant by reflection and compares it with each
 * built-in ABI profile, so a constant that drifts from SFIT's header, or a new constant without this
 * annotation, fails the build. {@link CodeNames} derives the human names for {@code describe} from it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface CtpCode
{
    /** The macro, e.g. {@code THOST_FTDC_OST_AllTraded} or {@code THOST_TERT_QUICK}. */
    String value();

    /**
     * Ids of built-in profiles whose header does not define the macro yet (it was added in a later
     * version), e.g. {@code "6.6.1_P1"}. The drift test checks that those profiles really lack it.
     */
    String[] absentIn() default {};
}
