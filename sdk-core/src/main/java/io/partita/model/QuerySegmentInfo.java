package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One loaded segment: where it lives and how much memory it holds ({@code memSize} in bytes).
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class QuerySegmentInfo {
    private final long segmentID;
    private final long collectionID;
    private final long partitionID;
    private final long memSize;
    private final long numRows;
    private final String indexName;
    private final long indexID;
    private final long nodeID;
    private final SegmentState state;
    private final List<Long> nodeIds;

    private QuerySegmentInfo(Builder b) {
        this.segmentID = b.segmentID;
        this.collectionID = b.collectionID;
        this.partitionID = b.partitionID;
        this.memSize = b.memSize;
        this.numRows = b.numRows;
        this.indexName = b.indexName;
        this.indexID = b.indexID;
        this.nodeID = b.nodeID;
        this.state = b.state;
        this.nodeIds = Collections.unmodifiableList(new ArrayList<>(b.nodeIds));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() { return new Builder(); }

    public long getSegmentID() { return segmentID; }
    public long getCollectionID() { return collectionID; }
    public long getPartitionID() { return partitionID; }
    public long getMemSize() { return memSize; }
    public long getNumRows() { return numRows; }
    public String getIndexName() { return indexName; }
    public long getIndexID() { return indexID; }
    public long getNodeID() { return nodeID; }
    public SegmentState getState() { return state; }
    public boolean hasState() { return state != null; }
    public List<Long> getNodeIdsList() { return nodeIds; }
    public int getNodeIdsCount() { return nodeIds.size(); }
    public long getNodeIds(int index) { return nodeIds.get(index); }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof QuerySegmentInfo)) return false;
        QuerySegmentInfo other = (QuerySegmentInfo) o;
        return Objects.equals(segmentID, other.segmentID)
            && Objects.equals(collectionID, other.collectionID)
            && Objects.equals(partitionID, other.partitionID)
            && Objects.equals(memSize, other.memSize)
            && Objects.equals(numRows, other.numRows)
            && Objects.equals(indexName, other.indexName)
            && Objects.equals(indexID, other.indexID)
            && Objects.equals(nodeID, other.nodeID)
            && Objects.equals(state, other.state)
            && Objects.equals(nodeIds, other.nodeIds);
    }

    @Override
    public int hashCode() { return Objects.hash(segmentID, collectionID, partitionID, memSize, numRows, indexName, indexID, nodeID, state, nodeIds); }

    @Override
    public String toString() {
        return "QuerySegmentInfo{"
            + "segmentID=" + segmentID
            + ", collectionID=" + collectionID
            + ", partitionID=" + partitionID
            + ", memSize=" + memSize
            + ", numRows=" + numRows
            + ", indexName=" + indexName
            + ", indexID=" + indexID
            + ", nodeID=" + nodeID
            + ", state=" + state
            + ", nodeIds=" + nodeIds
            + "}";
    }

    /** Builder for {@link QuerySegmentInfo}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private long segmentID = 0L;
        private long collectionID = 0L;
        private long partitionID = 0L;
        private long memSize = 0L;
        private long numRows = 0L;
        private String indexName = "";
        private long indexID = 0L;
        private long nodeID = 0L;
        private SegmentState state;
        private List<Long> nodeIds = new ArrayList<>();

        private Builder() {}

        public Builder setSegmentID(long value) { this.segmentID = value; return this; }
        public Builder setCollectionID(long value) { this.collectionID = value; return this; }
        public Builder setPartitionID(long value) { this.partitionID = value; return this; }
        public Builder setMemSize(long value) { this.memSize = value; return this; }
        public Builder setNumRows(long value) { this.numRows = value; return this; }
        public Builder setIndexName(String value) { this.indexName = Objects.requireNonNull(value, "indexName"); return this; }
        public Builder setIndexID(long value) { this.indexID = value; return this; }
        public Builder setNodeID(long value) { this.nodeID = value; return this; }
        public Builder setState(SegmentState value) { this.state = Objects.requireNonNull(value, "state"); return this; }
        public Builder addNodeIds(long value) { this.nodeIds.add(Objects.requireNonNull(value, "nodeIds")); return this; }
        public Builder addAllNodeIds(Iterable<? extends Long> values) { for (Long v : values) addNodeIds(v); return this; }

        public QuerySegmentInfo build() { return new QuerySegmentInfo(this); }
    }
}
