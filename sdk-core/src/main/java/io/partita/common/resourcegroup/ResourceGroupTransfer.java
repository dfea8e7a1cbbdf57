package io.partita.common.resourcegroup;

import java.util.Objects;

/**
 * A resource group named as a source or target of node transfers in a {@link ResourceGroupConfig}.
 * Immutable and thread-safe.
 */
public final class ResourceGroupTransfer {
    private final String resourceGroupName;

    /** @param resourceGroupName the group; not null */
    public ResourceGroupTransfer(String resourceGroupName) {
        this.resourceGroupName = Objects.requireNonNull(resourceGroupName, "resourceGroupName");
    }

    /** @return the group */
    public String getResourceGroupName() {
        return resourceGroupName;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResourceGroupTransfer
                && resourceGroupName.equals(((ResourceGroupTransfer) o).resourceGroupName);
    }

    @Override
    public int hashCode() {
        return resourceGroupName.hashCode();
    }

    @Override
    public String toString() {
        return "ResourceGroupTransfer{resourceGroupName=" + resourceGroupName + "}";
    }
}
