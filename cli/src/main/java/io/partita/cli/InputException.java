package io.partita.cli;

/** A local input (a CSV file) that cannot be read or parsed; exit code 5. */
final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
