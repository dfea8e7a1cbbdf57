package io.partita.param.role;

/**
 * Lists the privilege groups, the built-in ones included (Milvus 2.5+'s ListPrivilegeGroups,
 * {@code MilvusClient.listPrivilegeGroups}). The request has no field.
 */
public final class ListPrivilegeGroupsParam {
    /** The one instance: the request has no field. */
    public static final ListPrivilegeGroupsParam INSTANCE = new ListPrivilegeGroupsParam();

    private ListPrivilegeGroupsParam() {}

    @Override
    public String toString() {
        return "ListPrivilegeGroupsParam{}";
    }
}
