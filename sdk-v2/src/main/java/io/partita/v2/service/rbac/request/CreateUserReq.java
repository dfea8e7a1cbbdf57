package io.partita.v2.service.rbac.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Creates a user with a password ({@code MilvusClientV2.createUser}).
 *
 * <p>Immutable. {@code build()} throws {@link io.partita.v2.exception.MilvusClientException}
 * ({@code INVALID_String userName, String password}) naming a missing required field.
 */
@Getter
public final class CreateUserReq {
    /** The user (required). */
    private final String userName;
    /** The password (required). */
    private final String password;
    /**
     * The user's description (Milvus 2.6 keeps it; older servers ignore it); empty (the default)
     * sends none, as the official client does.
     */
    private final String description;

    @Builder
    private CreateUserReq(String userName, String password, String description) {
        Checks.notBlank(userName, "CreateUserReq.userName");
        Checks.notBlank(password, "CreateUserReq.password");
        this.userName = userName;
        this.password = password;
        this.description = description == null ? "" : description;
    }

    /** Builds a {@link CreateUserReq}. */
    public static class CreateUserReqBuilder {}

    @Override
    public String toString() {
        return "CreateUserReq{" + "userName=" + userName + ", description=" + description + "}";
    }
}
