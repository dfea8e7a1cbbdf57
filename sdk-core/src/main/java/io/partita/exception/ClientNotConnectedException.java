package io.partita.exception;

import io.partita.transport.TransportFailure;

/** The client was closed before the call. Status {@code ClientNotConnected (-2)}. */
public class ClientNotConnectedException extends MilvusTransportException {
    private static final long serialVersionUID = 1L;

    /** @param message what happened */
    public ClientNotConnectedException(String message) {
        super(-2, TransportFailure.UNAVAILABLE, message, null);
    }
}
