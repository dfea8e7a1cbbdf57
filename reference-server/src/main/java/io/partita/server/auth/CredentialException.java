package io.partita.server.auth;

/**
 * A refused credential operation. {@link #kind()} says which rule was broken, so the transport
 * adapter can choose the wire code; the message names the user or the rule, never a password.
 */
public final class CredentialException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a credential operation was refused. */
    public enum Kind {
        /** A malformed user name or password. */
        INVALID_ARGUMENT,
        /** Creating a user that exists. */
        ALREADY_EXISTS,
        /** Updating or deleting a user that does not exist. */
        NOT_FOUND,
        /** A wrong old password, or an operation the rules forbid (deleting root). */
        DENIED
    }

    private final Kind kind;

    public CredentialException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
