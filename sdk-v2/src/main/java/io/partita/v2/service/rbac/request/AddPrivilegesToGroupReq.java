package io.partita.v2.service.rbac.request;

import io.partita.v2.internal.Checks;
import java.util.List;
import lombok.Builder;
import lombok.Getter;

/**
 * Adds privileges to a privilege group ({@code MilvusClientV2.addPrivilegesToGroup}, Milvus 2.5+).
 *
 * <p>Immutable; lists are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} (INVALID_PARAMS) naming a missing
 * required field ({@code groupName}, {@code privileges}).
 */
@Getter
public final class AddPrivilegesToGroupReq {
    /** The group (required). */
    private final String groupName;
    /** The privileges to add (at least one). */
    private final List<String> privileges;

    @Builder
    private AddPrivilegesToGroupReq(String groupName, List<String> privileges) {
        Checks.notBlank(groupName, "AddPrivilegesToGroupReq.groupName");
        Checks.notEmpty(privileges, "AddPrivilegesToGroupReq.privileges");
        this.groupName = groupName;
        this.privileges = Checks.copy(privileges);
    }

    /** Builds a {@link AddPrivilegesToGroupReq}. */
    public static class AddPrivilegesToGroupReqBuilder {}

    @Override
    public String toString() {
        return "AddPrivilegesToGroupReq{" + "groupName=" + groupName + ", " + "privileges=" + privileges + "}";
    }
}
