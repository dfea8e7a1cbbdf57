/** The V2 migration proof: one official-style program, compiled and run twice, same output. */
package io.partita.interop.v2;
