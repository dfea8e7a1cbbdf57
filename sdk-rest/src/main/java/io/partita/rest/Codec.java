package io.partita.rest;

import io.partita.transport.TransportException;

/**
 * One operation's translation over HTTP: build the JSON body from the Param, send it to the
 * operation's route, and turn the JSON answer into the Partita response value. Stateless and
 * thread-safe.
 *
 * @param <P> the Param type
 * @param <T> the Partita response type
 */
@FunctionalInterface
interface Codec<P, T> {
    /**
     * @param http sends one request (already carrying the deadline and credentials)
     * @param param the validated Param
     * @param dbName the database to name in the body's {@code db_name}; empty to leave it out
     * @return the Partita response value
     * @throws TransportException when no usable answer arrived
     */
    T call(HttpCall http, P param, String dbName) throws TransportException;
}
