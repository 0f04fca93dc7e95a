package io.witness.core.pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** KPIs read reconciliation and clocks; patterns read KPIs; neither reads findings, and KPIs never read patterns. */
class PatternsDependOneWayTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.witness.core");

    @Test
    void kpisDoNotReadPatternsNorFindings() {
        noClasses().that().resideInAPackage("io.witness.core.kpi..").should().dependOnClassesThat()
                .resideInAnyPackage("io.witness.core.pattern..", "io.witness.core.finding..").check(CORE);
    }

    @Test
    void nothingBelowReadsKpisOrPatterns() {
        noClasses().that().resideInAnyPackage("io.witness.core.calendar..", "io.witness.core.event..",
                "io.witness.core.clock..", "io.witness.core.contract..", "io.witness.core.reconcile..")
                .should().dependOnClassesThat().resideInAnyPackage("io.witness.core.kpi..", "io.witness.core.pattern..")
                .check(CORE);
    }
}
