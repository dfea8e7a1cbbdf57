package io.partita.transport;

/**
 * The seam between the transport-neutral client and a wire protocol (gRPC, HTTP/JSON, a test
 * fake). A transport turns one validated Param into one request, sends it, and turns the answer
 * into the operation's Partita response value. It does nothing else: no validation, no retries,
 * no sync-load waiting, no logging of payloads; those belong to the client.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>{@link #call} either returns the server's answer, whatever its {@code Status} says
 *       (business errors travel inside the returned value), or throws a
 *       {@link TransportException} when no usable answer arrived (connection refused, deadline,
 *       authentication rejected at the protocol level, unknown RPC, unparseable body, ...).</li>
 *   <li>It never returns {@code null}.</li>
 *   <li>It honours {@link CallOptions#getDeadline()} and reports an expiry as
 *       {@link TransportFailure#DEADLINE_EXCEEDED}.</li>
 *   <li>An operation it does not support is reported as {@link TransportFailure#UNIMPLEMENTED}.</li>
 * </ul>
 *
 * <p>Implementations must be thread-safe: one instance serves concurrent calls. Whoever
 * created a transport closes it; a {@code MilvusServiceClient} closes only a transport that it
 * created from discovery, never one passed in through {@code ConnectParam.withTransport}.
 * {@link #close()} must be idempotent.
 */
public interface Transport extends AutoCloseable {

    /**
     * Sends one request and waits for its answer.
     *
     * @param operation which RPC to perform; one of the constants of {@link Operations}
     * @param param the already validated parameter object of that operation
     * @param options per-call settings such as the deadline
     * @param <P> the parameter type of the operation
     * @param <T> the response type of the operation
     * @return the server's answer, never {@code null}
     * @throws TransportException when no usable answer was received
     */
    <P, T> T call(Operation<P, T> operation, P param, CallOptions options) throws TransportException;

    /** Releases connections and threads. Idempotent; later calls fail with {@code UNAVAILABLE}. */
    @Override
    void close();
}
