package io.partita.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server's package graph: no import circles, and arrows only downwards: model ← {storage,
 * catalog, lifecycle, memory, search, expr, auth} ← engine ← {grpc, http, metrics} ← the server root.
 */
class ServerLayersTest {
    private static JavaClasses server;

    @BeforeAll
    static void importMainClasses() {
        server = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.partita.server");
    }

    @Test
    void noPackageOfTheServerIsPartOfAnImportCircle() {
        slices().matching("io.partita.server.(**)").should().beFreeOfCycles().check(server);
    }

    @Test
    void importsPointOnlyDownTheLayers() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Root")
                .definedBy("io.partita.server")
                .layer("Adapters")
                .definedBy("io.partita.server.grpc..", "io.partita.server.http..", "io.partita.server.metrics..")
                .layer("Engine")
                .definedBy("io.partita.server.engine..")
                .layer("Parts")
                .definedBy(
                        "io.partita.server.storage..",
                        "io.partita.server.catalog..",
                        "io.partita.server.lifecycle..",
                        "io.partita.server.memory..",
                        "io.partita.server.search..",
                        "io.partita.server.expr..",
                        "io.partita.server.auth..",
                        "io.partita.server.tls..",
                        "io.partita.server.text..")
                .layer("Model")
                .definedBy("io.partita.server.model..")
                .whereLayer("Root")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Adapters")
                .mayOnlyBeAccessedByLayers("Root")
                .whereLayer("Engine")
                .mayOnlyBeAccessedByLayers("Adapters", "Root")
                .whereLayer("Parts")
                .mayOnlyBeAccessedByLayers("Engine", "Adapters", "Root")
                .whereLayer("Model")
                .mayOnlyBeAccessedByLayers("Parts", "Engine", "Adapters", "Root")
                .check(server);
    }

    @Test
    void theAdaptersReachTheEngineOnlyThroughItsInterface() {
        noClasses()
                .that()
                .resideInAnyPackage("io.partita.server.grpc..", "io.partita.server.http..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.partita.server.engine.core..")
                .check(server);
    }

    @Test
    void theGrpcAdapterDoesNotImportTheHttpOne() {
        noClasses()
                .that()
                .resideInAPackage("io.partita.server.grpc..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.partita.server.http..")
                .check(server);
    }
}
