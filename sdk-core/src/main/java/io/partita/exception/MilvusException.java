package io.partita.exception;

/**
 * Base of every exception the SDK throws. Unchecked. {@link #getStatus()} is the same number an
 * {@code R} would report for the failure.
 */
public abstract class MilvusException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    protected MilvusException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** @return the {@code R.Status} number of this failure */
    public int getStatus() {
        return status;
    }
}
