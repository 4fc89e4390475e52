package dev.candor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/architecture.md, checked on the compiled main code. No rule lists
 * exceptions: a change that breaks one is moved, not excused.
 */
class LayeringTest {

    /**
     * The capabilities from the top down; a capability may use only those below it, never one above
     * or beside it. A new capability gets a place here (and in docs/architecture.md). Capabilities
     * that do not exist yet are allowed to be empty.
     */
    static final List<List<String>> CAPABILITIES_TOP_DOWN =
            List.of(
                    List.of("launcher"),
                    List.of("debrief", "notification"),
                    List.of("comparison"),
                    List.of("scoring"),
                    List.of("planning"),
                    List.of("questionbank"),
                    List.of("audit", "backup"),
                    List.of("identity"),
                    List.of("shared"));

    private static final String ROOT = "dev.candor";

    private static JavaClasses main;

    @BeforeAll
    static void importMainCode() {
        main =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages(ROOT);
    }

    @Test
    void everyTopLevelPackageIsACapabilityWithAPlaceInTheOrder() {
        String[] known =
                CAPABILITIES_TOP_DOWN.stream()
                        .flatMap(List::stream)
                        .map(capability -> ROOT + "." + capability + "..")
                        .toArray(String[]::new);
        classes().should().resideInAnyPackage(known).check(main);
    }

    @Test
    void capabilitiesDependOnlyOnCapabilitiesBelowThem() {
        LayeredArchitecture layers =
                layeredArchitecture()
                        .consideringOnlyDependenciesInLayers()
                        .withOptionalLayers(true);
        List<String> all = CAPABILITIES_TOP_DOWN.stream().flatMap(List::stream).toList();
        for (String capability : all) {
            layers = layers.layer(capability).definedBy(ROOT + "." + capability + "..");
        }
        for (int level = 0; level < CAPABILITIES_TOP_DOWN.size(); level++) {
            List<String> above =
                    CAPABILITIES_TOP_DOWN.subList(0, level).stream().flatMap(List::stream).toList();
            for (String capability : CAPABILITIES_TOP_DOWN.get(level)) {
                layers =
                        above.isEmpty()
                                ? layers.whereLayer(capability).mayNotBeAccessedByAnyLayer()
                                : layers.whereLayer(capability)
                                        .mayOnlyBeAccessedByLayers(above.toArray(String[]::new));
            }
        }
        layers.check(main);
    }

    @Test
    void theDomainUsesNoApplicationWebApiOrInfrastructureCode() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".*.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        ROOT + ".*.application..",
                        ROOT + ".*.web..",
                        ROOT + ".*.api..",
                        ROOT + ".*.infrastructure..")
                .check(main);
    }

    @Test
    void theApplicationLayerUsesNoPagesAndNoResources() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".*.application..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".*.web..", ROOT + ".*.api..")
                .check(main);
    }

    @Test
    void noPackagesDependOnEachOtherInACycle() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(main);
    }

    @Test
    void theStatisticsArePlainJava() {
        classes()
                .that()
                .resideInAPackage(ROOT + ".comparison.domain..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", ROOT + ".comparison.domain..")
                .check(main);
    }
}
