package io.partita.v2.service.utility.response;

import io.partita.v2.common.CompactionPlan;
import io.partita.v2.common.CompactionState;
import io.partita.v2.internal.Checks;
import java.util.List;
import lombok.Builder;
import lombok.Getter;

/**
 * What {@code MilvusClientV2.getCompactionPlans} answers: the compaction's state and its merges.
 *
 * <p>Immutable: made by the client from the server's answer; lists are unmodifiable.
 */
@Getter
public final class GetCompactionPlansResp {
    /** The compaction's state. */
    private final CompactionState state;
    /** One entry per merge: the source segments and the segment they became. */
    private final List<CompactionPlan> plans;

    @Builder
    private GetCompactionPlansResp(CompactionState state, List<CompactionPlan> plans) {
        this.state = state;
        this.plans = Checks.copy(plans);
    }

    @Override
    public String toString() {
        return "GetCompactionPlansResp{state=" + state + ", plans=" + plans + "}";
    }
}
