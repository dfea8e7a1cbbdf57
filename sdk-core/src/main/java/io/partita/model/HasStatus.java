package io.partita.model;

/**
 * A server answer that carries a {@link Status}. Every response value an operation returns
 * implements it, so the client can read the server's verdict without knowing the operation.
 */
public interface HasStatus {
    /** @return the server's status for this answer; never {@code null} */
    Status getStatus();
}
