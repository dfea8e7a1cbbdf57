package io.partita.v2.service.rbac.request;

import io.partita.v2.internal.Checks;
import lombok.Builder;
import lombok.Getter;

/**
 * Describes a user: its roles ({@code MilvusClientV2.describeUser}).
 *
 * <p>Immutable; lists are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} (INVALID_PARAMS) naming a missing
 * required field ({@code userName}).
 */
@Getter
public final class DescribeUserReq {
    /** The user (required). */
    private final String userName;

    @Builder
    private DescribeUserReq(String userName) {
        Checks.notBlank(userName, "DescribeUserReq.userName");
        this.userName = userName;
    }

    /** Builds a {@link DescribeUserReq}. */
    public static class DescribeUserReqBuilder {}

    @Override
    public String toString() {
        return "DescribeUserReq{" + "userName=" + userName + "}";
    }
}
