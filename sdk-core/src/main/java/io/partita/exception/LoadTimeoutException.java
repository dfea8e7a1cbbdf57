package io.partita.exception;

/**
 * A synchronous load did not reach 100% within its waiting timeout. The load itself may still
 * complete on the server. Status {@code LoadTimeout (-14)}.
 */
public class LoadTimeoutException extends MilvusException {
    private static final long serialVersionUID = 1L;

    /** @param message names the collection, the timeout and the last progress seen */
    public LoadTimeoutException(String message) {
        super(-14, message, null);
    }
}
