package io.partita.exception;

/**
 * No transport is available for the configured URI scheme: the transport artifact is missing
 * from the classpath. The message names the artifact to add. Status {@code ClientNotConnected (-2)}.
 */
public class MissingTransportException extends MilvusException {
    private static final long serialVersionUID = 1L;

    /** @param message names the scheme and the artifact to add */
    public MissingTransportException(String message) {
        super(-2, message, null);
    }
}
