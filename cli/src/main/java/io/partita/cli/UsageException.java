package io.partita.cli;

/** A command line that names something wrong (a field spec, a vector literal); exit code 2. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
