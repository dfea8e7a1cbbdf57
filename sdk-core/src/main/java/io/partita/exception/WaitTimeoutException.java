package io.partita.exception;

/**
 * A synchronous flush or index build did not finish within its waiting timeout. The work may
 * still complete on the server. Status {@code WaitTimeout (-15)}.
 */
public class WaitTimeoutException extends MilvusException {
    private static final long serialVersionUID = 1L;

    /** @param message names what was awaited, the timeout and the last state seen */
    public WaitTimeoutException(String message) {
        super(-15, message, null);
    }
}
