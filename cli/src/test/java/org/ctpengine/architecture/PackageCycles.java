package org.ctpengine.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/** The one rule every module's architecture test applies: the sub-packages of a root depend on each other one way. */
final class PackageCycles
{
    private PackageCycles()
    {
    }

    /** Main classes only (not test classes, nor the test-jars other modules' tests use): tests may reach across. */
    static JavaClasses mainClasses(final String rootPackage)
    {
        return new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages(rootPackage);
    }

    static JavaClasses allClasses(final String rootPackage)
    {
        return new ClassFileImporter().importPackages(rootPackage);
    }

    /** One slice per direct sub-package of {@code rootPackage} (with everything below it). */
    static ArchRule freeOfCycles(final String rootPackage)
    {
        return SlicesRuleDefinition.slices().matching(rootPackage + ".(*)..").should().beFreeOfCycles();
    }

    static EvaluationResult evaluate(final String rootPackage, final JavaClasses classes)
    {
        return freeOfCycles(rootPackage).evaluate(classes);
    }
}
