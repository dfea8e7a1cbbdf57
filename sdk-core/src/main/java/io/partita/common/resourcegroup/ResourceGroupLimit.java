package io.partita.common.resourcegroup;

import java.util.Objects;

/** A number of query nodes: a resource group's request or limit. Immutable and thread-safe. */
public final class ResourceGroupLimit {
    private final Integer nodeNum;

    /** @param nodeNum the number of query nodes; {@code null} reads as 0 */
    public ResourceGroupLimit(Integer nodeNum) {
        this.nodeNum = nodeNum == null ? 0 : nodeNum;
    }

    /** @return the number of query nodes */
    public Integer getNodeNum() {
        return nodeNum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResourceGroupLimit && nodeNum.equals(((ResourceGroupLimit) o).nodeNum);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(nodeNum);
    }

    @Override
    public String toString() {
        return "ResourceGroupLimit{nodeNum=" + nodeNum + "}";
    }
}
