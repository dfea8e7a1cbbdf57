package io.partita.v2.common;

import io.partita.v2.internal.Checks;
import java.util.List;
import lombok.Builder;
import lombok.Getter;

/**
 * One merge of a compaction: the segments read and the segment written.
 *
 * <p>Immutable: the list is unmodifiable.
 */
@Getter
public final class CompactionPlan {
    /** The segments merged. */
    private final List<Long> sources;
    /** The segment they became. */
    private final Long target;

    @Builder
    private CompactionPlan(List<Long> sources, long target) {
        this.sources = Checks.copy(sources);
        this.target = target;
    }

    @Override
    public String toString() {
        return "CompactionPlan{sources=" + sources + ", target=" + target + "}";
    }
}
