package io.partita.exception;

import io.partita.transport.TransportFailure;

/** An answer arrived but makes no sense (unparseable, or inconsistent). Status {@code IllegalResponse (-6)}. */
public class IllegalResponseException extends MilvusTransportException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong with the answer */
    public IllegalResponseException(String message) {
        super(TransportFailure.ILLEGAL_RESPONSE, message, null);
    }
}
