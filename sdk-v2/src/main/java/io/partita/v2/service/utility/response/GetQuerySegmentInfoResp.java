package io.partita.v2.service.utility.response;

import io.partita.v2.internal.Checks;
import java.util.List;
import lombok.Builder;
import lombok.Getter;

/**
 * What {@code MilvusClientV2.getQuerySegmentInfo} answers: one entry per segment in query-node memory.
 *
 * <p>Immutable: made by the client from the server's answer; lists are unmodifiable.
 */
@Getter
public final class GetQuerySegmentInfoResp {
    /** The segments. */
    private final List<QuerySegmentInfo> segmentInfos;

    @Builder
    private GetQuerySegmentInfoResp(List<QuerySegmentInfo> segmentInfos) {
        this.segmentInfos = Checks.copy(segmentInfos);
    }

    @Override
    public String toString() {
        return "GetQuerySegmentInfoResp{segmentInfos=" + segmentInfos + "}";
    }

    /**
     * One segment in query-node memory. {@code level}, {@code storageVersion} and {@code isSorted}
     * (Milvus 2.4+ fields) are {@code null}: Partita's client does not read them.
     */
    @Getter
    public static final class QuerySegmentInfo {
        /** The segment's id. */
        private final Long segmentID;
        /** Its collection's id. */
        private final Long collectionID;
        /** Its partition's id. */
        private final Long partitionID;
        /** The memory it takes, in bytes. */
        private final Long memSize;
        /** Its rows. */
        private final Long numOfRows;
        /** The name of the index loaded with it; empty when none. */
        private final String indexName;
        /** The id of that index; 0 when none. */
        private final Long indexID;
        /** Its state, by the protocol's name ({@code Growing}, {@code Sealed}, {@code Flushed}, ...). */
        private final String state;
        /** Its compaction level; {@code null}, see the class comment. */
        private final String level;
        /** The query nodes holding it. */
        private final List<Long> nodeIDs;
        /** Its storage format version; {@code null}, see the class comment. */
        private final Long storageVersion;
        /** Whether its rows are sorted by primary key; {@code null}, see the class comment. */
        private final Boolean isSorted;

        @Builder
        private QuerySegmentInfo(
                Long segmentID,
                Long collectionID,
                Long partitionID,
                Long memSize,
                Long numOfRows,
                String indexName,
                Long indexID,
                String state,
                String level,
                List<Long> nodeIDs,
                Long storageVersion,
                Boolean isSorted) {
            this.segmentID = segmentID;
            this.collectionID = collectionID;
            this.partitionID = partitionID;
            this.memSize = memSize;
            this.numOfRows = numOfRows;
            this.indexName = indexName;
            this.indexID = indexID;
            this.state = state;
            this.level = level;
            this.nodeIDs = Checks.copy(nodeIDs);
            this.storageVersion = storageVersion;
            this.isSorted = isSorted;
        }

        @Override
        public String toString() {
            return "QuerySegmentInfo{segmentID=" + segmentID + ", collectionID=" + collectionID + ", partitionID="
                    + partitionID + ", memSize=" + memSize + ", numOfRows=" + numOfRows + ", indexName="
                    + indexName + ", indexID=" + indexID + ", state=" + state + ", level=" + level + ", nodeIDs="
                    + nodeIDs + ", storageVersion=" + storageVersion + ", isSorted=" + isSorted + "}";
        }
    }
}
