package io.partita.transport;

import java.util.Objects;

/**
 * Describes one RPC of the Milvus protocol: its name, the Param type it takes and the Partita
 * response type it yields. Instances are the constants of {@link Operations}; a transport keys
 * its codec on them (by identity or by {@link #getName()}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param <P> the parameter type
 * @param <T> the response type
 */
public final class Operation<P, T> {
    private final String name;
    private final Class<P> paramType;
    private final Class<T> responseType;
    private final boolean idempotent;

    Operation(String name, Class<P> paramType, Class<T> responseType, boolean idempotent) {
        this.name = Objects.requireNonNull(name, "name");
        this.paramType = Objects.requireNonNull(paramType, "paramType");
        this.responseType = Objects.requireNonNull(responseType, "responseType");
        this.idempotent = idempotent;
    }

    /** @return the RPC name exactly as the {@code MilvusService} defines it, e.g. {@code "ReleasePartitions"} */
    public String getName() {
        return name;
    }

    /** @return the Param class the operation takes */
    public Class<P> getParamType() {
        return paramType;
    }

    /** @return the response class the operation yields */
    public Class<T> getResponseType() {
        return responseType;
    }

    /**
     * @return whether sending the request twice has the same effect as sending it once, so that
     *     the client may resend it after a transport failure whose outcome is unknown
     */
    public boolean isIdempotent() {
        return idempotent;
    }

    @Override
    public String toString() {
        return name;
    }
}
