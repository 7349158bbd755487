package org.psoascoach;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.psoascoach.catalog.CatalogLoader;
import org.psoascoach.language.Messages;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/** The pure core never reaches out to the adapters around it (docs/architecture.md, "Shape"). */
class ArchitectureTest {
    /** Values in, values out: no database, network, clock or randomness. */
    private static final String[] CORE = {"org.psoascoach.catalog..", "org.psoascoach.assessment..", "org.psoascoach.safety..",
            "org.psoascoach.planning..", "org.psoascoach.progress..", "org.psoascoach.session..", "org.psoascoach.language..",
            "org.psoascoach.json.."};
    /** Around the core: storage, the web, the terminal, files, mail and calendars, and the build-time figure drawing. */
    private static final String[] ADAPTERS = {"org.psoascoach.web..", "org.psoascoach.store..", "org.psoascoach.cli..",
            "org.psoascoach.export..", "org.psoascoach.account..", "org.psoascoach.contract..", "org.psoascoach.journal..",
            "org.psoascoach.reminders..", "org.psoascoach.mail..", "org.psoascoach.build..", "org.psoascoach.questionnaire..", "org.psoascoach.practice..", "org.psoascoach.handout.."};
    /** The two loaders read the catalog and the messages from the classpath once at start-up. */
    private static final Class<?>[] LOADERS = {CatalogLoader.class, Messages.class};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.psoascoach");

    @Test
    void everyPackageIsCoreOrAdapter() {
        Set<String> known = Stream.concat(Arrays.stream(CORE), Arrays.stream(ADAPTERS))
                .map(p -> p.substring(0, p.length() - 2)).collect(Collectors.toSet());
        Set<String> unclassified = new TreeSet<>();
        for (JavaClass c : classes) {
            String pkg = c.getPackageName();
            if (pkg.equals("org.psoascoach")) continue;
            if (known.stream().noneMatch(k -> pkg.equals(k) || pkg.startsWith(k + "."))) unclassified.add(pkg);
        }
        assertThat(unclassified).as("packages in neither list").isEmpty();
    }

    @Test
    void coreImportsNoAdapterCode() {
        noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat().resideInAnyPackage(ADAPTERS).check(classes);
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        slices().matching("org.psoascoach.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** The web app by feature: each feature's handlers and views in one package, the HTTP plumbing in {@code web.http}. */
    @Test
    void webFeaturesDependOnThePlumbingNeverTheOtherWay() {
        noClasses().that().resideInAPackage("org.psoascoach.web.http..").should().dependOnClassesThat(
                resideInAPackage("org.psoascoach.web..").and(resideOutsideOfPackage("org.psoascoach.web.http.."))).check(classes);
        slices().matching("org.psoascoach.web.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void coreDoesNoNetworkOrDatabaseWork() {
        noClasses().that().resideInAnyPackage(CORE).and().doNotBelongToAnyOf(LOADERS)
                .should().dependOnClassesThat().resideInAnyPackage("java.net..", "java.sql..", "javax.sql..", "java.nio.file..")
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
