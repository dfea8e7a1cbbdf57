package io.partita.v2.service.utility.response;

import io.partita.v2.common.CompactionState;
import lombok.Builder;
import lombok.Getter;

/**
 * What {@code MilvusClientV2.getCompactionState} answers.
 *
 * <p>Immutable: made by the client from the server's answer; lists are unmodifiable.
 */
@Getter
public final class GetCompactionStateResp {
    /** The state. */
    private final CompactionState state;
    /** Plans still running. */
    private final Long executingPlanNo;
    /** Plans that timed out. */
    private final Long timeoutPlanNo;
    /** Plans completed. */
    private final Long completedPlanNo;

    @Builder
    private GetCompactionStateResp(
            CompactionState state, Long executingPlanNo, Long timeoutPlanNo, Long completedPlanNo) {
        this.state = state;
        this.executingPlanNo = executingPlanNo;
        this.timeoutPlanNo = timeoutPlanNo;
        this.completedPlanNo = completedPlanNo;
    }

    @Override
    public String toString() {
        return "GetCompactionStateResp{state=" + state + ", executingPlanNo=" + executingPlanNo + ", timeoutPlanNo="
                + timeoutPlanNo + ", completedPlanNo=" + completedPlanNo + "}";
    }
}
