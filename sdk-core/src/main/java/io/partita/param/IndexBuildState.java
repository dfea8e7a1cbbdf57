package io.partita.param;

/**
 * The build state of an index, as {@link io.partita.response.DescIndexResponseWrapper.IndexDesc}
 * reports it; the same states as {@link io.partita.model.IndexState}, under the official SDK's
 * name.
 */
public enum IndexBuildState {
    /** No state known. */
    IndexStateNone,
    /** The build is queued but not yet assigned. */
    Unissued,
    /** The build is running. */
    InProgress,
    /** The build finished; the index serves searches. */
    Finished,
    /** The build failed; the fail reason says why. */
    Failed,
    /** The build failed and will be retried. */
    Retry
}
