package io.partita.v2.service.utility.response;

import io.partita.v2.internal.Checks;
import java.util.List;
import lombok.Builder;
import lombok.Getter;

/**
 * What {@code MilvusClientV2.checkHealth} answers.
 *
 * <p>Immutable: made by the client from the server's answer; lists are unmodifiable.
 */
@Getter
public final class CheckHealthResp {
    /** Whether the server serves requests. Default false. */
    private final Boolean isHealthy;
    /** Why the server is not healthy; empty when it is. */
    private final List<String> reasons;
    /** The names of the quota limits in force (e.g. {@code DenyToWrite}); empty when none. */
    private final List<String> quotaStates;

    @Builder
    private CheckHealthResp(Boolean isHealthy, List<String> reasons, List<String> quotaStates) {
        this.isHealthy = isHealthy == null ? Boolean.FALSE : isHealthy;
        this.reasons = Checks.copy(reasons);
        this.quotaStates = Checks.copy(quotaStates);
    }

    @Override
    public String toString() {
        return "CheckHealthResp{isHealthy=" + isHealthy + ", reasons=" + reasons + ", quotaStates=" + quotaStates + "}";
    }
}
