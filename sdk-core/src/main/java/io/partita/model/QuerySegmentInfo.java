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
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the segment ID */
    public long getSegmentID() {
        return segmentID;
    }
    /** @return the collection ID assigned by the server */
    public long getCollectionID() {
        return collectionID;
    }
    /** @return the ID of the partition holding the segment */
    public long getPartitionID() {
        return partitionID;
    }
    /** @return the memory the segment uses, in bytes */
    public long getMemSize() {
        return memSize;
    }
    /** @return the number of rows in the segment */
    public long getNumRows() {
        return numRows;
    }
    /** @return the index name */
    public String getIndexName() {
        return indexName;
    }
    /** @return the index ID assigned by the server */
    public long getIndexID() {
        return indexID;
    }
    /** @return the ID of the query node serving the segment (deprecated: see the node ID list) */
    public long getNodeID() {
        return nodeID;
    }
    /** @return the segment state */
    public SegmentState getState() {
        return state;
    }
    /** @return whether the state message was set */
    public boolean hasState() {
        return state != null;
    }
    /** @return the IDs of the query nodes involved, in the server's order; unmodifiable, never {@code null} */
    public List<Long> getNodeIdsList() {
        return nodeIds;
    }
    /** @return the number of IDs of the query nodes involved */
    public int getNodeIdsCount() {
        return nodeIds.size();
    }
    /**
     * @param index zero-based position, below {@link #getNodeIdsCount()}
     * @return the entry at {@code index}
     */
    public long getNodeIds(int index) {
        return nodeIds.get(index);
    }

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
    public int hashCode() {
        return Objects.hash(
                segmentID, collectionID, partitionID, memSize, numRows, indexName, indexID, nodeID, state, nodeIds);
    }

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

        /**
         * @param value the segment ID
         * @return this builder
         */
        public Builder setSegmentID(long value) {
            this.segmentID = value;
            return this;
        }
        /**
         * @param value the collection ID assigned by the server
         * @return this builder
         */
        public Builder setCollectionID(long value) {
            this.collectionID = value;
            return this;
        }
        /**
         * @param value the ID of the partition holding the segment
         * @return this builder
         */
        public Builder setPartitionID(long value) {
            this.partitionID = value;
            return this;
        }
        /**
         * @param value the memory the segment uses, in bytes
         * @return this builder
         */
        public Builder setMemSize(long value) {
            this.memSize = value;
            return this;
        }
        /**
         * @param value the number of rows in the segment
         * @return this builder
         */
        public Builder setNumRows(long value) {
            this.numRows = value;
            return this;
        }
        /**
         * @param value the index name; must not be null
         * @return this builder
         */
        public Builder setIndexName(String value) {
            this.indexName = Objects.requireNonNull(value, "indexName");
            return this;
        }
        /**
         * @param value the index ID assigned by the server
         * @return this builder
         */
        public Builder setIndexID(long value) {
            this.indexID = value;
            return this;
        }
        /**
         * @param value the ID of the query node serving the segment (deprecated: see the node ID list)
         * @return this builder
         */
        public Builder setNodeID(long value) {
            this.nodeID = value;
            return this;
        }
        /**
         * @param value the segment state; must not be null
         * @return this builder
         */
        public Builder setState(SegmentState value) {
            this.state = Objects.requireNonNull(value, "state");
            return this;
        }
        /**
         * @param value appended to the IDs of the query nodes involved
         * @return this builder
         */
        public Builder addNodeIds(long value) {
            this.nodeIds.add(Objects.requireNonNull(value, "nodeIds"));
            return this;
        }
        /**
         * @param values entries appended, in order, to the IDs of the query nodes involved; none may be null
         * @return this builder
         */
        public Builder addAllNodeIds(Iterable<? extends Long> values) {
            for (Long v : values) addNodeIds(v);
            return this;
        }

        /** @return a new immutable {@code QuerySegmentInfo} holding this builder's values; the builder stays usable */
        public QuerySegmentInfo build() {
            return new QuerySegmentInfo(this);
        }
    }
}
