package org.psoascoach;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The pure core never reaches out to the adapters around it (ARCHITECTURE.md, "Shape"). */
class ArchitectureTest {
    private static final String[] CORE = {"org.psoascoach.catalog..", "org.psoascoach.assessment..", "org.psoascoach.safety..",
            "org.psoascoach.planning..", "org.psoascoach.progress..", "org.psoascoach.language..", "org.psoascoach.json.."};
    private static final String[] ADAPTERS = {"org.psoascoach.web..", "org.psoascoach.store..", "org.psoascoach.cli..",
            "org.psoascoach.export..", "org.psoascoach.account..", "org.psoascoach.contract..", "org.psoascoach.journal.."};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.psoascoach");

    @Test
    void coreImportsNoAdapterCode() {
        noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat().resideInAnyPackage(ADAPTERS).check(classes);
    }

    @Test
    void coreDoesNoNetworkOrDatabaseWork() {
        // the two loaders read the catalog and messages from the classpath once at start-up; nothing else may reach out
        noClasses().that().resideInAnyPackage(CORE).and().doNotHaveSimpleName("DrawFigures").and().doNotHaveSimpleName("CatalogLoader")
                .should().dependOnClassesThat().resideInAnyPackage("java.net..", "java.sql..", "javax.sql..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .check(classes);
    }

    @Test
    void thePlannerReadsNoClockAndNoFiles() {
        noClasses().that().resideInAnyPackage("org.psoascoach.assessment..", "org.psoascoach.safety..", "org.psoascoach.planning..")
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.io..")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(classes);
    }
}
