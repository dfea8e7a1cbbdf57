package io.partita.param.resourcegroup;

/**
 * Lists the resource groups ({@code MilvusClient.listResourceGroups}); Milvus 2.3+. It has no
 * field. Immutable and thread-safe.
 */
public final class ListResourceGroupsParam {
    private ListResourceGroupsParam() {}

    /** @return a new builder */
    public static Builder newBuilder() {
        return new Builder();
    }

    @Override
    public String toString() {
        return "ListResourceGroupsParam{}";
    }

    /** Builder for {@link ListResourceGroupsParam}; not thread-safe. */
    public static final class Builder {
        private Builder() {}

        /** @return the parameters */
        public ListResourceGroupsParam build() {
            return new ListResourceGroupsParam();
        }
    }
}
