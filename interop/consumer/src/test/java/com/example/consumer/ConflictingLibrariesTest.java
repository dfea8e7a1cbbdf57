package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partita.server.ReferenceServer;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The class path really has the conflicting versions (so {@link EveryOperationTest} proves something), they
 * work beside a running embedded server, and the server's jar holds nothing outside {@code io/partita}.
 */
class ConflictingLibrariesTest {

    @Test
    void theProjectsOwnLibraryVersionsAreTheOnesOnTheClassPath() throws Exception {
        assertEquals("4.9.3", org.antlr.v4.runtime.RuntimeMetaData.VERSION);
        assertTrue(org.eclipse.jetty.util.Jetty.VERSION.startsWith("9.4."), org.eclipse.jetty.util.Jetty.VERSION);
        assertEquals(4, com.google.protobuf.RuntimeVersion.MAJOR);
        assertTrue(jarOf(com.google.common.collect.ImmutableList.class).contains("-jre"));
        assertTrue(jarOf(com.google.gson.Gson.class).contains("2.8.9"));
        assertTrue(picocli.CommandLine.VERSION.startsWith("4.6."), picocli.CommandLine.VERSION);
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:consumer");
                ResultSet version = db.createStatement().executeQuery("select H2VERSION()")) {
            version.next();
            assertEquals("1.4.200", version.getString(1));
        }
        System.out.println("ANTLR " + org.antlr.v4.runtime.RuntimeMetaData.VERSION + ", Jetty "
                + org.eclipse.jetty.util.Jetty.VERSION + ", protobuf " + com.google.protobuf.RuntimeVersion.MAJOR + "."
                + com.google.protobuf.RuntimeVersion.MINOR + ", H2 1.4.200, picocli " + picocli.CommandLine.VERSION);
    }

    @Test
    void anOldJettyServesBesideTheEmbeddedServer() throws Exception {
        org.eclipse.jetty.server.Server jetty = new org.eclipse.jetty.server.Server(0);
        jetty.start();
        try (ReferenceServer partita = ReferenceServer.builder()
                .dataDir(java.nio.file.Files.createTempDirectory("consumer-"))
                .grpcPort(0)
                .httpPort(0)
                .bindAddress("127.0.0.1")
                .start()) {
            URI old = jetty.getURI();
            assertTrue(old.getPort() > 0);
            assertTrue(partita.httpPort() > 0 && partita.httpPort() != old.getPort());
        } finally {
            jetty.stop();
        }
    }

    @Test
    void theEmbeddedServersJarHoldsNoClassOutsideIoPartita() throws Exception {
        String jar = jarOf(ReferenceServer.class);
        assertTrue(jar.contains("partita-reference-server-embedded"), jar);
        List<String> foreign = new ArrayList<>();
        try (JarFile file = new JarFile(Path.of(URI.create(jar)).toFile())) {
            Collections.list(file.entries()).stream()
                    .map(e -> e.getName())
                    .filter(n -> n.endsWith(".class") && !n.startsWith("io/partita/"))
                    .forEach(foreign::add);
        }
        assertEquals(List.of(), foreign);
    }

    private static String jarOf(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation().toString();
    }
}
