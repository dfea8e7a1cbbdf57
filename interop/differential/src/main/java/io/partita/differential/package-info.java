/**
 * The differential: the same calls through Partita's SDK against real Milvus and against the
 * reference server, outcome by outcome; a difference fails unless docs/compatibility.md lists it. Run
 * by interop/differential/run.sh; not published.
 */
package io.partita.differential;
