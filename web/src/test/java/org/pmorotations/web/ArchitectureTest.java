package org.pmorotations.web;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layers, pinned on the compiled classes of the three modules: the domain uses neither the
 * services nor the web tier, the services never the web tier, the web tier reaches the database
 * only through the services, and no two components of a layer depend on each other both ways.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.pmorotations");
    }

    @Test
    void theDomainUsesNeitherTheServicesNorTheWebTier() {
        noClasses().that().resideInAPackage("org.pmorotations.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.pmorotations.service..", "org.pmorotations.web..")
                .check(classes);
    }

    @Test
    void theServicesNeverUseTheWebTier() {
        noClasses().that().resideInAPackage("org.pmorotations.service..")
                .should().dependOnClassesThat().resideInAPackage("org.pmorotations.web..")
                .check(classes);
    }

    @Test
    void theWebTierReachesTheDatabaseOnlyThroughTheServices() {
        noClasses().that().resideInAPackage("org.pmorotations.web..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.PersistenceContext")
                .check(classes);
    }

    @Test
    void noTwoComponentsOfALayerDependOnEachOtherBothWays() {
        slices().matching("org.pmorotations.(*).(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void everyClassBelongsToALayer() {
        noClasses().should().resideOutsideOfPackages("org.pmorotations.domain..", "org.pmorotations.service..", "org.pmorotations.web..")
                .check(classes);
    }
}
