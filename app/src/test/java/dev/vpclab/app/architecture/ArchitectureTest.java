package dev.vpclab.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of DESIGN.md: the three core modules know nothing of the screen, and dependencies only point
 * the way the module table allows (diagram-model ← routing-engine ← packet-tracer ← app; icons apart).
 */
class ArchitectureTest {

    private static final String MODEL = "dev.vpclab.model..";
    private static final String ENGINE = "dev.vpclab.engine..";
    private static final String TRACE = "dev.vpclab.trace..";
    private static final String ICONS = "dev.vpclab.icons..";
    private static final String APP = "dev.vpclab.app..";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        ImportOption noTestJars = location -> !location.contains("-tests.jar");
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(noTestJars)
                .importPackages("dev.vpclab");
    }

    @Test
    void everyModuleIsImported() {
        org.assertj.core.api.Assertions.assertThat(classes.contain("dev.vpclab.model.document.Document")).isTrue();
        org.assertj.core.api.Assertions.assertThat(classes.contain("dev.vpclab.icons.Icons")).isTrue();
        org.assertj.core.api.Assertions.assertThat(classes.contain("dev.vpclab.app.Main")).isTrue();
        org.assertj.core.api.Assertions.assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith("dev.vpclab.engine"))).isTrue();
        org.assertj.core.api.Assertions.assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith("dev.vpclab.trace"))).isTrue();
    }

    @Test
    void theCoreImportsNoUiToolkit() {
        noClasses().that().resideInAnyPackage(MODEL, ENGINE, TRACE)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..", "com.sun.javafx..")
                .because("the core knows nothing of the screen (DESIGN.md, style.md §1)")
                .check(classes);
    }

    @Test
    void theDocumentModelDependsOnJacksonAndTheJdkOnly() {
        classes().that().resideInAPackage(MODEL)
                .should().onlyDependOnClassesThat().resideInAnyPackage(MODEL, "java..", "com.fasterxml.jackson..")
                .because("diagram-model may depend on Jackson only")
                .check(classes);
    }

    @Test
    void theRoutingEngineDependsOnTheModelAndJGraphTOnly() {
        classes().that().resideInAPackage(ENGINE)
                .should().onlyDependOnClassesThat().resideInAnyPackage(ENGINE, MODEL, "java..", "org.jgrapht..", "org.jheaps..")
                .because("routing-engine may depend on diagram-model and JGraphT")
                .check(classes);
    }

    @Test
    void thePacketTracerDependsOnTheEngineAndBelowOnly() {
        classes().that().resideInAPackage(TRACE)
                .should().onlyDependOnClassesThat().resideInAnyPackage(TRACE, ENGINE, MODEL, "java..", "org.jgrapht..",
                        "com.fasterxml.jackson..")
                .because("packet-tracer may depend on routing-engine (and what it brings)")
                .check(classes);
    }

    @Test
    void iconsKnowNoDomain() {
        noClasses().that().resideInAPackage(ICONS)
                .should().dependOnClassesThat().resideInAnyPackage(MODEL, ENGINE, TRACE, APP)
                .check(classes);
    }

    @Test
    void nothingBelowTheAppDependsOnIt() {
        noClasses().that().resideInAnyPackage(MODEL, ENGINE, TRACE, ICONS)
                .should().dependOnClassesThat().resideInAPackage(APP)
                .check(classes);
    }
}
