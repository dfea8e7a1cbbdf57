/**
 * Runnable programs, one per scenario of the seed documentation, and the quickstart (the README's
 * main job) that starts an embedded reference server and walks the whole partition lifecycle. Each
 * program is run by the module's tests.
 */
package io.partita.examples;
