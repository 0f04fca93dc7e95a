package io.witness.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** witness-core is pure: no framework, no I/O of its own, no reading of the clock, no random ids. */
class CoreIsPureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.witness.core");

    @Test
    void usesNoFrameworkNorDatabaseNorNetwork() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "java.net..", "java.net.http..")
                .check(CORE);
    }

    @Test
    void neverReadsTheClock() {
        noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().dependOnClassesThat().areAssignableTo(java.time.Clock.class)
                .check(CORE);
    }

    @Test
    void neverMakesRandomIds() {
        noClasses().should().callMethod(java.util.UUID.class, "randomUUID")
                .orShould().dependOnClassesThat().areAssignableTo(java.util.Random.class)
                .check(CORE);
    }

    @Test
    void opensNoFiles() {
        noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("java.nio.file.Files")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileReader")
                .check(CORE);
    }

    @Test
    void packagesDependOneWay() {
        noClasses().that().resideInAPackage("io.witness.core.calendar..")
                .should().dependOnClassesThat().resideInAnyPackage("io.witness.core.clock..", "io.witness.core.event..",
                        "io.witness.core.contract..")
                .check(CORE);
        noClasses().that().resideInAPackage("io.witness.core.event..")
                .should().dependOnClassesThat().resideInAnyPackage("io.witness.core.clock..", "io.witness.core.contract..")
                .check(CORE);
        noClasses().that().resideInAPackage("io.witness.core.clock..")
                .should().dependOnClassesThat().resideInAnyPackage("io.witness.core.contract..")
                .check(CORE);
    }
}
