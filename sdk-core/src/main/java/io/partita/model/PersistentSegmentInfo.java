package io.partita.model;

import java.util.Objects;

/**
 * One persisted segment.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class PersistentSegmentInfo {
    private final long segmentID;
    private final long collectionID;
    private final long partitionID;
    private final long numRows;
    private final SegmentState state;

    private PersistentSegmentInfo(Builder b) {
        this.segmentID = b.segmentID;
        this.collectionID = b.collectionID;
        this.partitionID = b.partitionID;
        this.numRows = b.numRows;
        this.state = b.state;
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
    /** @return the number of rows in the segment */
    public long getNumRows() {
        return numRows;
    }
    /** @return the segment state */
    public SegmentState getState() {
        return state;
    }
    /** @return whether the state message was set */
    public boolean hasState() {
        return state != null;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof PersistentSegmentInfo)) return false;
        PersistentSegmentInfo other = (PersistentSegmentInfo) o;
        return Objects.equals(segmentID, other.segmentID)
                && Objects.equals(collectionID, other.collectionID)
                && Objects.equals(partitionID, other.partitionID)
                && Objects.equals(numRows, other.numRows)
                && Objects.equals(state, other.state);
    }

    @Override
    public int hashCode() {
        return Objects.hash(segmentID, collectionID, partitionID, numRows, state);
    }

    @Override
    public String toString() {
        return "PersistentSegmentInfo{"
                + "segmentID=" + segmentID
                + ", collectionID=" + collectionID
                + ", partitionID=" + partitionID
                + ", numRows=" + numRows
                + ", state=" + state
                + "}";
    }

    /** Builder for {@link PersistentSegmentInfo}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private long segmentID = 0L;
        private long collectionID = 0L;
        private long partitionID = 0L;
        private long numRows = 0L;
        private SegmentState state;

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
         * @param value the number of rows in the segment
         * @return this builder
         */
        public Builder setNumRows(long value) {
            this.numRows = value;
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

        /** @return a new immutable {@code PersistentSegmentInfo} holding this builder's values; the builder stays usable */
        public PersistentSegmentInfo build() {
            return new PersistentSegmentInfo(this);
        }
    }
}
