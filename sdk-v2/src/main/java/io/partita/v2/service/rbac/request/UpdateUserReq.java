package io.partita.v2.service.rbac.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Changes a user's description, not its password ({@code MilvusClientV2.updateUser}; Milvus 2.6's
 * UpdateCredential carrying only a description, which needs no password).
 *
 * <p>Immutable. {@code build()} throws {@link io.partita.v2.exception.MilvusClientException}
 * ({@code INVALID_PARAMS}) when {@code userName} is missing.
 */
@Getter
public final class UpdateUserReq {
    /** The user (required). */
    private final String userName;
    /** The new description; empty (the default) clears it, as with the official client. */
    private final String description;

    @Builder
    private UpdateUserReq(String userName, String description) {
        Checks.notBlank(userName, "UpdateUserReq.userName");
        this.userName = userName;
        this.description = description == null ? "" : description;
    }

    /** Builds an {@link UpdateUserReq}. */
    public static class UpdateUserReqBuilder {}

    @Override
    public String toString() {
        return "UpdateUserReq{" + "userName=" + userName + ", description=" + description + "}";
    }
}
