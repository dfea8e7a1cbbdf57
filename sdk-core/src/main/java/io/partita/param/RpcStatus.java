package io.partita.param;

import java.util.Objects;

/** The data of a successful status-only call (create, drop, load, release, ...). Immutable. */
public final class RpcStatus {
    /** The message of every success. */
    public static final String SUCCEED_MSG = "Success";

    private final String msg;

    /** @param msg the message */
    public RpcStatus(String msg) {
        this.msg = Objects.requireNonNull(msg, "msg");
    }

    /** @return the message, {@value #SUCCEED_MSG} for a success */
    public String getMsg() {
        return msg;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RpcStatus && msg.equals(((RpcStatus) o).msg);
    }

    @Override
    public int hashCode() {
        return msg.hashCode();
    }

    @Override
    public String toString() {
        return "RpcStatus{msg=" + msg + "}";
    }
}
