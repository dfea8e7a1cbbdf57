package io.partita.exception;

import io.partita.model.Status;
import java.util.Objects;

/**
 * The server answered, and its answer is an error. Carries the server's status unchanged: the
 * legacy error code (which is also {@link #getStatus()}), the 2.3+ code, the reason and the
 * retriable hint.
 *
 * <p>{@link #getMessage()} is the server's reason exactly as sent, as with the official clients,
 * so code that matches on {@code R.getMessage()} keeps working after migrating; {@link #toString()}
 * adds both codes for logs.
 */
public class MilvusServerException extends MilvusException {
    private static final long serialVersionUID = 1L;

    private final transient Status serverStatus;

    /**
     * @param rStatus the {@code R} status number (the legacy error code, or 1 when the server
     *     filled only the 2.3+ code)
     * @param serverStatus the status as the server sent it
     */
    public MilvusServerException(int rStatus, Status serverStatus) {
        super(rStatus, Objects.requireNonNull(serverStatus, "serverStatus").getReason(), null);
        this.serverStatus = Objects.requireNonNull(serverStatus, "serverStatus");
    }

    @Override
    public String toString() {
        return getClass().getName() + ": " + getReason() + " (error_code=" + getErrorCode() + ", code="
                + getServerCode() + ")";
    }

    /** @return the status as the server sent it */
    public Status getServerStatus() {
        return serverStatus;
    }

    /** @return the legacy {@code error_code} number */
    public int getErrorCode() {
        return serverStatus.getErrorCodeValue();
    }

    /** @return the 2.3+ {@code code} (0 from older servers) */
    public int getServerCode() {
        return serverStatus.getCode();
    }

    /** @return the server's reason text, exactly as sent */
    public String getReason() {
        return serverStatus.getReason();
    }

    /** @return whether the server says the request may succeed if sent again */
    public boolean isRetriable() {
        return serverStatus.getRetriable();
    }
}
