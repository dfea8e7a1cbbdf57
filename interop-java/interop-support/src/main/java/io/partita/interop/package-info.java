/**
 * Test support for the official-client modules of interop-java: a reference server forked from the
 * standalone jar on free loopback ports, and the expected outcome tables per profile. Not published.
 */
package io.partita.interop;
