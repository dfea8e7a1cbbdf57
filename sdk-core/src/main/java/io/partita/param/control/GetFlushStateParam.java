package io.partita.param.control;

import io.partita.param.ParamUtils;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks whether segments are flushed.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class GetFlushStateParam {
    private final List<Long> segmentIDs;

    private GetFlushStateParam(Builder b) {
        this.segmentIDs = b.segmentIDs;
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the segment ids */
    public List<Long> getSegmentIDs() {
        return segmentIDs;
    }

    @Override
    public String toString() {
        return "GetFlushStateParam{" + "segmentIDs=" + segmentIDs + "}";
    }

    /** Builder for {@link GetFlushStateParam}; not thread-safe. */
    public static final class Builder {
        private List<Long> segmentIDs = List.of();

        private Builder() {}

        /**
         * @param segmentIDs the segment ids
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
        public GetFlushStateParam build() {
            segmentIDs = ParamUtils.copyOf(segmentIDs, "segmentIDs");
            return new GetFlushStateParam(this);
        }
    }
}
