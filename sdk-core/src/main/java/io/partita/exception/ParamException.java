package io.partita.exception;

/**
 * A parameter was rejected before anything was sent. The message names the field and the bad
 * value, e.g. {@code "replicaNumber must be >= 1, got 0"}. Status {@code ParamError (-5)}.
 */
public class ParamException extends MilvusException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, naming the field and the value */
    public ParamException(String message) {
        super(-5, message, null);
    }
}
