package io.partita.v2.service.utility.request;

import lombok.Builder;
import lombok.Getter;

/**
 * Asks for the server's version ({@code MilvusClientV2.getServerVersionV2}).
 *
 * <p>Immutable.
 */
@Getter
public final class GetServerVersionReq {
    /**
     * Whether to ask for the build details as well (default {@code false}). Partita answers the version either
     * way: the reference server reports no build time, commit, Go version or deploy mode.
     */
    private final Boolean detail;

    @Builder
    private GetServerVersionReq(Boolean detail) {
        this.detail = detail == null ? Boolean.FALSE : detail;
    }

    /** Builds a {@link GetServerVersionReq}; unset fields take the defaults documented on the getters. */
    public static class GetServerVersionReqBuilder {}

    @Override
    public String toString() {
        return "GetServerVersionReq{detail=" + detail + "}";
    }
}
