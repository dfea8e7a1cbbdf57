package io.partita.v2.service.utility.response;

import io.partita.v2.internal.Checks;
import java.util.List;
import lombok.Builder;
import lombok.Getter;

/**
 * What an {@code OptimizeTask} answers once done.
 *
 * <p>Immutable; the list is unmodifiable.
 */
@Getter
public final class OptimizeResp {
    /** {@code success} once every stage passed. */
    private final String status;
    /** The collection. */
    private final String collectionName;
    /** The id of the compaction it ran. */
    private final Long compactionId;
    /** The target size in MB (e.g. {@code 512MB}), {@code null} for the server's. */
    private final String targetSize;
    /** The descriptions of the stages it went through, in order. */
    private final List<String> progress;

    @Builder
    private OptimizeResp(
            String status, String collectionName, Long compactionId, String targetSize, List<String> progress) {
        this.status = status;
        this.collectionName = collectionName;
        this.compactionId = compactionId;
        this.targetSize = targetSize;
        this.progress = Checks.copy(progress);
    }

    @Override
    public String toString() {
        return "OptimizeResp{status=" + status + ", collectionName=" + collectionName + ", compactionId=" + compactionId
                + ", targetSize=" + targetSize + ", progress=" + progress + "}";
    }
}
