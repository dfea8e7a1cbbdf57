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

    /**
     * The failure of a call made after the transport was closed, worded the same by every transport.
     *
     * @param rpc the operation's name, e.g. {@code ReleasePartitions}
     * @param target {@code host:port} of the transport
     * @return an {@link TransportFailure#UNAVAILABLE} exception
     */
    public static TransportException closed(String rpc, String target) {
        return new TransportException(
                TransportFailure.UNAVAILABLE, rpc + " to " + target + " refused: the transport is closed");
    }

    /**
     * The failure of an operation a transport has no codec for, worded the same by every transport.
     *
     * @param rpc the operation's name
     * @param transportName how the transport is called in messages, e.g. {@code REST}
     * @return an {@link TransportFailure#UNIMPLEMENTED} exception
     */
    public static TransportException unsupported(String rpc, String transportName) {
        return new TransportException(
                TransportFailure.UNIMPLEMENTED, rpc + " is not supported by the " + transportName + " transport");
    }

    /** @return the kind of failure */
    public TransportFailure getFailure() {
        return failure;
    }
}
