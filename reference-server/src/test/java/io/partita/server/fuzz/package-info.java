/** Hostile-input fuzzing of both ports of a real reference server: a bounded JUnit run and a longer program. */
package io.partita.server.fuzz;
