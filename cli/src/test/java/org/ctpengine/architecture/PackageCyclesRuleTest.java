package org.ctpengine.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * The rule the architecture tests rely on does catch a cycle: shown on a fixture with a deliberate one
 * ({@code fixture.cycle.left} ↔ {@code fixture.cycle.right}) and on one without.
 */
class PackageCyclesRuleTest
{
    private static final String CYCLE = "org.ctpengine.architecture.fixture.cycle";
    private static final String ACYCLIC = "org.ctpengine.architecture.fixture.acyclic";

    @Test
    void aDeliberateCycleFailsTheRule()
    {
        final JavaClasses classes = PackageCycles.allClasses(CYCLE);
        final EvaluationResult result = PackageCycles.evaluate(CYCLE, classes);

        assertThat(result.hasViolation()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails()))
            .contains("Slice left")
            .contains("Slice right");
        assertThatThrownBy(() -> PackageCycles.freeOfCycles(CYCLE).check(classes))
            .isInstanceOf(AssertionError.class)
            .hasMessageContaining("Cycle detected");
    }

    @Test
    void packagesThatDependOneWayPass()
    {
        final JavaClasses classes = PackageCycles.allClasses(ACYCLIC);

        assertThat(classes.size()).isEqualTo(2);
        assertThat(PackageCycles.evaluate(ACYCLIC, classes).hasViolation()).isFalse();
    }
}
