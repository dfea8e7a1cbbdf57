package io.partita.grpc;

import io.partita.wire.MilvusServiceGrpc.MilvusServiceBlockingStub;

/**
 * One operation's translation: build the wire request from the Param, make the blocking call on
 * the given stub (which already carries the deadline and headers), and turn the wire answer into
 * the Partita response value. Stateless and thread-safe.
 *
 * @param <P> the Param type
 * @param <T> the Partita response type
 */
@FunctionalInterface
interface Codec<P, T> {
    /**
     * @param stub the stub to call
     * @param param the validated Param
     * @param dbName the database to name in the request's {@code db_name} field; empty for the default one
     * @return the Partita response value
     */
    T call(MilvusServiceBlockingStub stub, P param, String dbName);
}
