package io.partita.v2.service.utility.response;

import io.partita.v2.internal.Checks;
import java.util.List;
import lombok.Builder;
import lombok.Getter;

/**
 * What {@code MilvusClientV2.getPersistentSegmentInfo} answers: one entry per persisted segment.
 *
 * <p>Immutable: made by the client from the server's answer; lists are unmodifiable.
 */
@Getter
public final class GetPersistentSegmentInfoResp {
    /** The segments. */
    private final List<PersistentSegmentInfo> segmentInfos;

    @Builder
    private GetPersistentSegmentInfoResp(List<PersistentSegmentInfo> segmentInfos) {
        this.segmentInfos = Checks.copy(segmentInfos);
    }

    @Override
    public String toString() {
        return "GetPersistentSegmentInfoResp{segmentInfos=" + segmentInfos + "}";
    }

    /**
     * One persisted segment. {@code level}, {@code storageVersion} and {@code isSorted} (Milvus 2.4+
     * fields) are {@code null}: Partita's client does not read them.
     */
    @Getter
    public static final class PersistentSegmentInfo {
        /** The segment's id. */
        private final Long segmentID;
        /** Its collection's id. */
        private final Long collectionID;
        /** Its partition's id. */
        private final Long partitionID;
        /** Its collection's name. */
        private final String collectionName;
        /** Its rows. */
        private final Long numOfRows;
        /** Its state, by the protocol's name ({@code Growing}, {@code Sealed}, {@code Flushed}, ...). */
        private final String state;
        /** Its compaction level; {@code null}, see the class comment. */
        private final String level;
        /** Its storage format version; {@code null}, see the class comment. */
        private final Long storageVersion;
        /** Whether its rows are sorted by primary key; {@code null}, see the class comment. */
        private final Boolean isSorted;

        @Builder
        private PersistentSegmentInfo(
                Long segmentID,
                Long collectionID,
                Long partitionID,
                String collectionName,
                Long numOfRows,
                String state,
                String level,
                Long storageVersion,
                Boolean isSorted) {
            this.segmentID = segmentID;
            this.collectionID = collectionID;
            this.partitionID = partitionID;
            this.collectionName = collectionName;
            this.numOfRows = numOfRows;
            this.state = state;
            this.level = level;
            this.storageVersion = storageVersion;
            this.isSorted = isSorted;
        }

        @Override
        public String toString() {
            return "PersistentSegmentInfo{segmentID=" + segmentID + ", collectionID=" + collectionID
                    + ", partitionID=" + partitionID + ", collectionName=" + collectionName + ", numOfRows="
                    + numOfRows + ", state=" + state + ", level=" + level + ", storageVersion=" + storageVersion
                    + ", isSorted=" + isSorted + "}";
        }
    }
}
