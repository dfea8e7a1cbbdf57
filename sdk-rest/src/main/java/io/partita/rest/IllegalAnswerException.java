package io.partita.rest;

/**
 * An HTTP 200 whose JSON does not have the shape of the operation's response message: a field of
 * the wrong type, or a required field missing. The transport turns it into
 * {@code ILLEGAL_RESPONSE} naming the operation and the field.
 */
final class IllegalAnswerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    IllegalAnswerException(String message) {
        super(message);
    }
}
