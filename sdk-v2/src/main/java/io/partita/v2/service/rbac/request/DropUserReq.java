package io.partita.v2.service.rbac.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Drops a user ({@code MilvusClientV2.dropUser}).
 *
 * <p>Immutable. {@code build()} throws {@link io.partita.v2.exception.MilvusClientException}
 * ({@code INVALID_String userName}) naming a missing required field.
 */
@Getter
public final class DropUserReq {
    /** The user (required). */
    private final String userName;

    @Builder
    private DropUserReq(String userName) {
        Checks.notBlank(userName, "DropUserReq.userName");
        this.userName = userName;
    }

    /** Builds a {@link DropUserReq}. */
    public static class DropUserReqBuilder {}

    @Override
    public String toString() {
        return "DropUserReq{" + "userName=" + userName + "}";
    }
}
