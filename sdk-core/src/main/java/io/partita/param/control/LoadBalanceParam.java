package io.partita.param.control;

import io.partita.param.ParamUtils;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves sealed segments from one query node to others.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class LoadBalanceParam {
    private final long sourceNodeID;
    private final List<Long> destinationNodeIDs;
    private final List<Long> segmentIDs;

    private LoadBalanceParam(Builder b) {
        this.sourceNodeID = b.sourceNodeID;
        this.destinationNodeIDs = b.destinationNodeIDs;
        this.segmentIDs = b.segmentIDs;
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the node to move segments away from */
    public long getSourceNodeID() {
        return sourceNodeID;
    }

    /** @return the nodes to move segments to; empty for any */
    public List<Long> getDestinationNodeIDs() {
        return destinationNodeIDs;
    }

    /** @return the segments to move; empty for all */
    public List<Long> getSegmentIDs() {
        return segmentIDs;
    }

    @Override
    public String toString() {
        return "LoadBalanceParam{"
                + "sourceNodeID=" + sourceNodeID
                + ", destinationNodeIDs=" + destinationNodeIDs
                + ", segmentIDs=" + segmentIDs
                + "}";
    }

    /** Builder for {@link LoadBalanceParam}; not thread-safe. */
    public static final class Builder {
        private Long sourceNodeID = 0L;
        private List<Long> destinationNodeIDs = List.of();
        private List<Long> segmentIDs = List.of();

        private Builder() {}

        /**
         * @param sourceNodeID the node to move segments away from; default 0
         * @return this
         */
        public Builder withSourceNodeID(Long sourceNodeID) {
            this.sourceNodeID = sourceNodeID;
            return this;
        }

        /**
         * @param destinationNodeIDs the nodes to move segments to; empty for any
         * @return this
         */
        public Builder withDestinationNodeIDs(List<Long> destinationNodeIDs) {
            this.destinationNodeIDs = destinationNodeIDs;
            return this;
        }

        /**
         * @param destinationNodeID one more element of {@code destinationNodeIDs}
         * @return this
         */
        public Builder addDestinationNodeID(Long destinationNodeID) {
            if (this.destinationNodeIDs == null) {
                this.destinationNodeIDs = new ArrayList<>();
            } else {
                this.destinationNodeIDs = new ArrayList<>(this.destinationNodeIDs);
            }
            this.destinationNodeIDs.add(destinationNodeID);
            return this;
        }

        /**
         * @param segmentIDs the segments to move; empty for all
         * @return this
         */
        public Builder withSegmentIDs(List<Long> segmentIDs) {
            this.segmentIDs = segmentIDs;
            return this;
        }

        /**
         * @param segmentID one more element of {@code segmentIDs}
         * @return this
         */
        public Builder addSegmentID(Long segmentID) {
            if (this.segmentIDs == null) {
                this.segmentIDs = new ArrayList<>();
            } else {
                this.segmentIDs = new ArrayList<>(this.segmentIDs);
            }
            this.segmentIDs.add(segmentID);
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public LoadBalanceParam build() {
            ParamUtils.checkNotNull(sourceNodeID, "sourceNodeID");
            ParamUtils.checkRange(sourceNodeID, 0, Long.MAX_VALUE, "sourceNodeID");
            destinationNodeIDs = ParamUtils.copyOf(destinationNodeIDs, "destinationNodeIDs");
            segmentIDs = ParamUtils.copyOf(segmentIDs, "segmentIDs");
            return new LoadBalanceParam(this);
        }
    }
}
