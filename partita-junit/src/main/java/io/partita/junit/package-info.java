/**
 * The JUnit 5 extension: @PartitaServer starts an embedded reference server per JVM, class or method
 * (profile, memory, query nodes, auth by annotation) and injects clients and endpoints into tests;
 * the server is closed when its scope ends. Thread-safe across parallel test classes.
 */
package io.partita.junit;
