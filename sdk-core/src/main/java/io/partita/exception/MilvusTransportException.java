package io.partita.exception;

import io.partita.transport.TransportFailure;
import java.util.Objects;

/**
 * No usable answer arrived: the server was unreachable, the deadline passed, the credentials
 * were rejected at the protocol level, the call was cancelled, the RPC is unknown, or the answer
 * could not be decoded. {@link #getStatus()} is the failure's negative client code.
 */
public class MilvusTransportException extends MilvusException {
    private static final long serialVersionUID = 1L;

    /** The kind of transport failure; never null. */
    private final TransportFailure failure;

    /**
     * @param failure the kind of failure
     * @param message what happened
     * @param cause the underlying exception, or {@code null}
     */
    public MilvusTransportException(TransportFailure failure, String message, Throwable cause) {
        this(failure.getCode(), failure, message, cause);
    }

    /**
     * For subclasses that report a status other than the failure's own code.
     *
     * @param status the {@code R.Status} number to report
     * @param failure the kind of failure; must not be null
     * @param message what happened, naming the operation; never a credential
     * @param cause the underlying failure, or {@code null}
     */
    protected MilvusTransportException(int status, TransportFailure failure, String message, Throwable cause) {
        super(status, message, cause);
        this.failure = Objects.requireNonNull(failure, "failure");
    }

    /** @return the kind of failure */
    public TransportFailure getFailure() {
        return failure;
    }
}
