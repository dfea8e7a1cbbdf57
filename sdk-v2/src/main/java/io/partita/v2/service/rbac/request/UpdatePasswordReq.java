package io.partita.v2.service.rbac.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Changes a user's password ({@code MilvusClientV2.updatePassword}).
 *
 * <p>Immutable. {@code build()} throws {@link io.partita.v2.exception.MilvusClientException}
 * ({@code INVALID_String userName, String password, String newPassword}) naming a missing required field.
 */
@Getter
public final class UpdatePasswordReq {
    /** The user (required). */
    private final String userName;
    /** The current password (required). */
    private final String password;
    /** The new password (required). */
    private final String newPassword;
    /**
     * Whether the client reconnects as this user with the new password afterwards (the official
     * client's option); {@code false} (the default) keeps the connection as it is.
     */
    private final Boolean resetConnection;
    /**
     * A new description for the user, changed with the password (Milvus 2.6); empty (the default)
     * sends none and the server keeps the current one, as with the official client.
     */
    private final String description;

    @Builder
    private UpdatePasswordReq(
            String userName, String password, String newPassword, Boolean resetConnection, String description) {
        Checks.notBlank(userName, "UpdatePasswordReq.userName");
        Checks.notBlank(password, "UpdatePasswordReq.password");
        Checks.notBlank(newPassword, "UpdatePasswordReq.newPassword");
        this.userName = userName;
        this.password = password;
        this.newPassword = newPassword;
        this.resetConnection = Boolean.TRUE.equals(resetConnection);
        this.description = description == null ? "" : description;
    }

    /** Builds a {@link UpdatePasswordReq}. */
    public static class UpdatePasswordReqBuilder {}

    @Override
    public String toString() {
        return "UpdatePasswordReq{" + "userName=" + userName + ", resetConnection=" + resetConnection + ", description="
                + description + "}";
    }
}
