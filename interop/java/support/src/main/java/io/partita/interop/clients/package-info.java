/**
 * The shared steps of the Java interop columns: one scenario per client, the step names and outcome
 * table printed by every column of interop/run.sh, so the official clients and Partita's are compared
 * line by line. Test support only; not published.
 */
package io.partita.interop.clients;
