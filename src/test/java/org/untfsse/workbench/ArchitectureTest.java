package org.untfsse.workbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of DESIGN.md: app → ui | cli → service → store → model, with i18n usable by all. */
@AnalyzeClasses(packages = "org.untfsse.workbench", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers_depend_one_way = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("app").definedBy("org.untfsse.workbench.app..")
            .layer("ui").definedBy("org.untfsse.workbench.ui..")
            .layer("cli").definedBy("org.untfsse.workbench.cli..")
            .layer("service").definedBy("org.untfsse.workbench.service..")
            .layer("store").definedBy("org.untfsse.workbench.store..")
            .layer("model").definedBy("org.untfsse.workbench.model..")
            .layer("i18n").definedBy("org.untfsse.workbench.i18n..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("service").mayOnlyBeAccessedByLayers("app", "ui", "cli")
            .whereLayer("store").mayOnlyBeAccessedByLayers("app", "service")
            .whereLayer("model").mayOnlyBeAccessedByLayers("app", "ui", "cli", "service", "store")
            .whereLayer("i18n").mayOnlyBeAccessedByLayers("app", "ui", "cli", "service", "store", "model");

    @ArchTest
    static final ArchRule javafx_only_in_ui_and_app = noClasses()
            .that().resideOutsideOfPackages("org.untfsse.workbench.ui..", "org.untfsse.workbench.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..",
                    "org.kordamp.ikonli..");

    @ArchTest
    static final ArchRule sql_only_in_store = noClasses()
            .that().resideOutsideOfPackage("org.untfsse.workbench.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule model_is_plain = noClasses()
            .that().resideInAPackage("org.untfsse.workbench.model..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "picocli..", "org.slf4j..");

    @ArchTest
    static final ArchRule no_cycles_between_features = slices()
            .matching("org.untfsse.workbench.(*).(*)..").namingSlices("$2")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule no_system_out_outside_cli = noClasses()
            .that().resideOutsideOfPackages("org.untfsse.workbench.cli..", "org.untfsse.workbench.app..")
            .should().accessField(System.class, "out");
}
