package io.partita.client;

import io.partita.model.Status;
import io.partita.param.R;
import io.partita.param.RpcStatus;
import java.util.function.Function;

/** Re-types results: a status-only answer becomes {@code R<RpcStatus>}, an answer a piece of it. */
final class Results {
    private Results() {}

    static R<RpcStatus> status(R<Status> result) {
        return result.isSuccess() ? R.success() : R.failed(result.getException());
    }

    static <T, U> R<U> map(R<T> result, Function<T, U> mapper) {
        return result.isSuccess() ? R.success(mapper.apply(result.getData())) : R.failed(result.getException());
    }

    static <T, U> R<U> failure(R<T> result) {
        return R.failed(result.getException());
    }
}
