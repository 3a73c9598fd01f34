package org.ctpengine.architecture;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each module's packages depend on each other one way, following the data flow. In the engine: what strategies see
 * ({@code api}) and the configuration ({@code config}) at the bottom with the value types, then events and the ring
 * ({@code ring}), sessions, outbound, the strategy threads, and the engine ({@code host}) that wires them on top. A
 * cycle fails the build. Here, in the cli module, because every module's main classes are on its test class path.
 * (ctp-sim's Java side is the one package {@code org.ctpengine.sim}; the code generator has no sub-packages.)
 */
class PackageCyclesTest
{
    @ParameterizedTest
    @ValueSource(strings = {
        "org.ctpengine.adapter", "org.ctpengine.engine", "org.ctpengine.journal",
        "org.ctpengine.strategies", "org.ctpengine.cli", "org.ctpengine.bench", "org.ctpengine.abitools"})
    void packagesAreFreeOfCycles(final String root)
    {
        PackageCycles.freeOfCycles(root).check(PackageCycles.mainClasses(root));
    }
}
