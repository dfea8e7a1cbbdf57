package io.partita.v2.service.rbac.request;

import io.partita.v2.internal.Checks;
import java.util.List;
import lombok.Builder;
import lombok.Getter;

/**
 * Removes privileges from a privilege group ({@code MilvusClientV2.removePrivilegesFromGroup}, Milvus 2.5+).
 *
 * <p>Immutable; lists are copied in and handed out unmodifiable. {@code build()} throws
 * {@link io.partita.v2.exception.MilvusClientException} (INVALID_PARAMS) naming a missing
 * required field ({@code groupName}, {@code privileges}).
 */
@Getter
public final class RemovePrivilegesFromGroupReq {
    /** The group (required). */
    private final String groupName;
    /** The privileges to remove (at least one). */
    private final List<String> privileges;

    @Builder
    private RemovePrivilegesFromGroupReq(String groupName, List<String> privileges) {
        Checks.notBlank(groupName, "RemovePrivilegesFromGroupReq.groupName");
        Checks.notEmpty(privileges, "RemovePrivilegesFromGroupReq.privileges");
        this.groupName = groupName;
        this.privileges = Checks.copy(privileges);
    }

    /** Builds a {@link RemovePrivilegesFromGroupReq}. */
    public static class RemovePrivilegesFromGroupReqBuilder {}

    @Override
    public String toString() {
        return "RemovePrivilegesFromGroupReq{" + "groupName=" + groupName + ", " + "privileges=" + privileges + "}";
    }
}
