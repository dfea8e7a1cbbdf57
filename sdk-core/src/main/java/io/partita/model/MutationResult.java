package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The answer to Insert and Delete.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 * Lists and maps are unmodifiable; absent values read as zero, empty or {@code null} for messages.
 */
public final class MutationResult extends StatusAnswer {
    private final IDs IDs;
    private final List<Integer> succIndex;
    private final List<Integer> errIndex;
    private final boolean acknowledged;
    private final long insertCnt;
    private final long deleteCnt;
    private final long upsertCnt;
    private final long timestamp;

    private MutationResult(Builder b) {
        super(b.status);
        this.IDs = b.IDs;
        this.succIndex = Collections.unmodifiableList(new ArrayList<>(b.succIndex));
        this.errIndex = Collections.unmodifiableList(new ArrayList<>(b.errIndex));
        this.acknowledged = b.acknowledged;
        this.insertCnt = b.insertCnt;
        this.deleteCnt = b.deleteCnt;
        this.upsertCnt = b.upsertCnt;
        this.timestamp = b.timestamp;
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the primary keys of the affected rows; {@code null} if the server sent none */
    public IDs getIDs() {
        return IDs;
    }
    /** @return whether the iDs message was set */
    public boolean hasIDs() {
        return IDs != null;
    }
    /** @return the positions of rows that succeeded in the request, in the server's order; unmodifiable, never {@code null} */
    public List<Integer> getSuccIndexList() {
        return succIndex;
    }
    /** @return the number of positions of rows that succeeded in the request */
    public int getSuccIndexCount() {
        return succIndex.size();
    }
    /**
     * @param index zero-based position, below {@link #getSuccIndexCount()}
     * @return the entry at {@code index}
     */
    public int getSuccIndex(int index) {
        return succIndex.get(index);
    }
    /** @return the positions of rows that failed in the request, in the server's order; unmodifiable, never {@code null} */
    public List<Integer> getErrIndexList() {
        return errIndex;
    }
    /** @return the number of positions of rows that failed in the request */
    public int getErrIndexCount() {
        return errIndex.size();
    }
    /**
     * @param index zero-based position, below {@link #getErrIndexCount()}
     * @return the entry at {@code index}
     */
    public int getErrIndex(int index) {
        return errIndex.get(index);
    }
    /** @return whether the server acknowledged the request */
    public boolean getAcknowledged() {
        return acknowledged;
    }
    /** @return the number of rows inserted */
    public long getInsertCnt() {
        return insertCnt;
    }
    /** @return the number of rows deleted */
    public long getDeleteCnt() {
        return deleteCnt;
    }
    /** @return the number of rows upserted */
    public long getUpsertCnt() {
        return upsertCnt;
    }
    /** @return the time the mutation was applied, as a hybrid timestamp (physical milliseconds shifted left 18 bits, plus a logical counter); usable as a guarantee timestamp */
    public long getTimestamp() {
        return timestamp;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof MutationResult)) return false;
        MutationResult other = (MutationResult) o;
        return Objects.equals(status, other.status)
                && Objects.equals(IDs, other.IDs)
                && Objects.equals(succIndex, other.succIndex)
                && Objects.equals(errIndex, other.errIndex)
                && Objects.equals(acknowledged, other.acknowledged)
                && Objects.equals(insertCnt, other.insertCnt)
                && Objects.equals(deleteCnt, other.deleteCnt)
                && Objects.equals(upsertCnt, other.upsertCnt)
                && Objects.equals(timestamp, other.timestamp);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, IDs, succIndex, errIndex, acknowledged, insertCnt, deleteCnt, upsertCnt, timestamp);
    }

    @Override
    public String toString() {
        return "MutationResult{"
                + "status=" + status
                + ", IDs=" + IDs
                + ", succIndex=" + succIndex
                + ", errIndex=" + errIndex
                + ", acknowledged=" + acknowledged
                + ", insertCnt=" + insertCnt
                + ", deleteCnt=" + deleteCnt
                + ", upsertCnt=" + upsertCnt
                + ", timestamp=" + timestamp
                + "}";
    }

    /** Builder for {@link MutationResult}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private Status status;
        private IDs IDs;
        private List<Integer> succIndex = new ArrayList<>();
        private List<Integer> errIndex = new ArrayList<>();
        private boolean acknowledged = false;
        private long insertCnt = 0L;
        private long deleteCnt = 0L;
        private long upsertCnt = 0L;
        private long timestamp = 0L;

        private Builder() {}

        /**
         * @param value the outcome of the call; must not be null
         * @return this builder
         */
        public Builder setStatus(Status value) {
            this.status = Objects.requireNonNull(value, "status");
            return this;
        }
        /**
         * @param value the primary keys of the affected rows; must not be null
         * @return this builder
         */
        public Builder setIDs(IDs value) {
            this.IDs = Objects.requireNonNull(value, "IDs");
            return this;
        }
        /**
         * @param value appended to the positions of rows that succeeded in the request
         * @return this builder
         */
        public Builder addSuccIndex(int value) {
            this.succIndex.add(Objects.requireNonNull(value, "succIndex"));
            return this;
        }
        /**
         * @param values entries appended, in order, to the positions of rows that succeeded in the request; none may be null
         * @return this builder
         */
        public Builder addAllSuccIndex(Iterable<? extends Integer> values) {
            for (Integer v : values) addSuccIndex(v);
            return this;
        }
        /**
         * @param value appended to the positions of rows that failed in the request
         * @return this builder
         */
        public Builder addErrIndex(int value) {
            this.errIndex.add(Objects.requireNonNull(value, "errIndex"));
            return this;
        }
        /**
         * @param values entries appended, in order, to the positions of rows that failed in the request; none may be null
         * @return this builder
         */
        public Builder addAllErrIndex(Iterable<? extends Integer> values) {
            for (Integer v : values) addErrIndex(v);
            return this;
        }
        /**
         * @param value whether the server acknowledged the request
         * @return this builder
         */
        public Builder setAcknowledged(boolean value) {
            this.acknowledged = value;
            return this;
        }
        /**
         * @param value the number of rows inserted
         * @return this builder
         */
        public Builder setInsertCnt(long value) {
            this.insertCnt = value;
            return this;
        }
        /**
         * @param value the number of rows deleted
         * @return this builder
         */
        public Builder setDeleteCnt(long value) {
            this.deleteCnt = value;
            return this;
        }
        /**
         * @param value the number of rows upserted
         * @return this builder
         */
        public Builder setUpsertCnt(long value) {
            this.upsertCnt = value;
            return this;
        }
        /**
         * @param value the time the mutation was applied, as a hybrid timestamp (physical milliseconds shifted left 18 bits, plus a logical counter)
         * @return this builder
         */
        public Builder setTimestamp(long value) {
            this.timestamp = value;
            return this;
        }

        /** @return a new immutable {@code MutationResult} holding this builder's values; the builder stays usable */
        public MutationResult build() {
            return new MutationResult(this);
        }
    }
}
