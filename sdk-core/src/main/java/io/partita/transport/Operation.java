package io.partita.transport;

import java.util.Objects;
import java.util.Optional;

/**
 * Describes one RPC of the Milvus protocol: its name, the Param type it takes and the Partita
 * response type it yields. Instances are the constants of {@link Operations}; a transport keys
 * its codec on them (by identity or by {@link #getName()}). Whether a resend is safe and the RPC's
 * route on Milvus 2.1's HTTP API are not declared here: they are read, by name, from the RPC
 * catalogue that the reference server reads too ({@code milvus-rpcs.txt} in module {@code wire}).
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
    private final String httpMethod;
    private final String httpPath;

    /** @throws IllegalStateException when the RPC catalogue has no line for {@code name} */
    Operation(String name, Class<P> paramType, Class<T> responseType) {
        this.name = Objects.requireNonNull(name, "name");
        this.paramType = Objects.requireNonNull(paramType, "paramType");
        this.responseType = Objects.requireNonNull(responseType, "responseType");
        String[] facts = RpcFacts.of(name);
        this.idempotent = facts[1].equals("yes");
        this.httpMethod = facts.length >= 4 ? facts[2] : null;
        this.httpPath = facts.length >= 4 ? facts[3] : null;
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

    /**
     * @return the HTTP method of the RPC's route on Milvus 2.1's HTTP API ({@code /api/v1}), e.g.
     *     {@code DELETE}; empty when that API has no route for it
     */
    public Optional<String> getHttpMethod() {
        return Optional.ofNullable(httpMethod);
    }

    /** @return the path of that route below {@code /api/v1}, e.g. {@code /partitions/load}; empty when none */
    public Optional<String> getHttpPath() {
        return Optional.ofNullable(httpPath);
    }

    @Override
    public String toString() {
        return name;
    }
}
