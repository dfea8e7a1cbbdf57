package io.partita.exception;

/**
 * Base of every exception the SDK throws. Unchecked. {@link #getStatus()} is the same number an
 * {@code R} would report for the failure.
 */
public abstract class MilvusException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The {@code R.Status} number of this failure; negative for client-side failures. */
    private final int status;

    /**
     * @param status the {@code R.Status} number: a server code, or negative for a client-side failure
     * @param message what went wrong, naming the bad field or operation; never a credential
     * @param cause the underlying failure, or {@code null}
     */
    protected MilvusException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** @return the {@code R.Status} number of this failure */
    public int getStatus() {
        return status;
    }
}
