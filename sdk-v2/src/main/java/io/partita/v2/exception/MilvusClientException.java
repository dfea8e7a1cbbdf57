package io.partita.v2.exception;

/**
 * A V2 call failed. {@link #getErrorCode()} says which family; for {@link ErrorCode#SERVER_ERROR}
 * the server's own codes are kept: {@link #getServerErrCode()} (the 2.3+ {@code code}, or the
 * legacy code when the server filled only that) and {@link #getLegacyServerCode()} (the legacy
 * {@code error_code}). {@link #getMessage()} is the server's reason exactly as sent, as with the
 * official client. Unchecked, like the official one.
 */
public class MilvusClientException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode errorCode;
    private final int serverErrCode;
    private final int legacyServerCode;

    /** A failure with a message and no server codes. */
    public MilvusClientException(ErrorCode errorCode, String message) {
        this(errorCode, message, 0, 0);
    }

    /** A failure caused by {@code e}; the message is {@code e.toString()}. */
    public MilvusClientException(ErrorCode errorCode, Throwable e) {
        super(e);
        this.errorCode = errorCode;
        this.serverErrCode = 0;
        this.legacyServerCode = 0;
    }

    /** A server error with the server's reason and both of its codes. */
    public MilvusClientException(ErrorCode errorCode, String message, int serverErrCode, int legacyServerCode) {
        super(message);
        this.errorCode = errorCode;
        this.serverErrCode = serverErrCode;
        this.legacyServerCode = legacyServerCode;
    }

    /** @return the family of the failure */
    public ErrorCode getErrorCode() {
        return errorCode;
    }

    /** @return the server's 2.3+ code (its legacy code when only that was sent); 0 when the server did not answer */
    public int getServerErrCode() {
        return serverErrCode;
    }

    /** @return the server's legacy {@code error_code}; 0 when the server did not answer */
    public int getLegacyServerCode() {
        return legacyServerCode;
    }

    @Override
    public String toString() {
        String codes = " ErrorCode: " + errorCode.name();
        if (serverErrCode > 0) {
            codes += ", ServerCode: " + serverErrCode;
        } else if (legacyServerCode > 0) {
            codes += ", ServerCode: " + legacyServerCode;
        }
        return super.toString() + codes;
    }
}
