package io.partita.v2.service.collection.response;

import io.partita.model.LoadState;
import lombok.Builder;
import lombok.Getter;

/**
 * What {@code MilvusClientV2.getLoadStateV2} answers: the load state of a collection or partition
 * and, while it loads, the progress in percent.
 *
 * <p>{@code state} is Partita's {@link LoadState}, the enum that the migration's first import rule
 * ({@code io.milvus.grpc.} → {@code io.partita.model.}) turns the official protobuf
 * {@code LoadState} into, with the same constants. Immutable.
 */
@Getter
public final class GetLoadStateResp {
    /** The load state. */
    private final LoadState state;
    /** The loading progress in percent while {@code state} is {@code LoadStateLoading}; else null. */
    private final Long progress;

    @Builder
    private GetLoadStateResp(LoadState state, Long progress) {
        this.state = state;
        this.progress = progress;
    }

    /** Builds a {@link GetLoadStateResp}. */
    public static class GetLoadStateRespBuilder {}

    /** @return the state's name, e.g. {@code LoadStateLoaded}; null when there is no state */
    public String getStateName() {
        return state == null ? null : state.name();
    }

    @Override
    public String toString() {
        return "GetLoadStateResp{state=" + state + ", progress=" + progress + "}";
    }
}
