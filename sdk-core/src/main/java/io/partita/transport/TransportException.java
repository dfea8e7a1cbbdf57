package io.partita.transport;

import java.util.Objects;

/**
 * Thrown by a {@link Transport} when a call got no usable answer. A server that answered with
 * an error {@code Status} is <em>not</em> a transport exception: that answer is returned.
 */
public class TransportException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The kind of failure; never null. */
    private final TransportFailure failure;

    /**
     * @param failure the kind of failure
     * @param message what happened, naming the operation and the endpoint; never a credential
     */
    public TransportException(TransportFailure failure, String message) {
        this(failure, message, null);
    }

    /**
     * @param failure the kind of failure
     * @param message what happened, naming the operation and the endpoint; never a credential
     * @param cause the underlying exception, or {@code null}
     */
    public TransportException(TransportFailure failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = Objects.requireNonNull(failure, "failure");
    }

    /** @return the kind of failure */
    public TransportFailure getFailure() {
        return failure;
    }
}
