package io.partita.v2.service.rbac.response;

import java.util.List;
import lombok.Builder;
import lombok.Getter;

/**
 * What {@code MilvusClientV2.describeUser} answers: the user and its roles.
 *
 * <p>Immutable: made by the client from the server's answer; lists are unmodifiable.
 */
@Getter
public final class DescribeUserResp {
    /** The user. */
    private final String userName;
    /** The user's roles; empty for a user without roles or an unknown user. */
    private final List<String> roles;
    /** The user's description (Milvus 2.6); empty when it has none. */
    private final String description;

    @Builder
    private DescribeUserResp(String userName, List<String> roles, String description) {
        this.userName = userName;
        this.roles = roles == null ? List.of() : List.copyOf(roles);
        this.description = description == null ? "" : description;
    }

    /** Builds a {@link DescribeUserResp}. */
    public static class DescribeUserRespBuilder {}

    @Override
    public String toString() {
        return "DescribeUserResp{" + "userName=" + userName + ", " + "roles=" + roles + ", " + "description="
                + description + "}";
    }
}
