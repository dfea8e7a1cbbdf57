package io.partita.v2.common;

/** The build state of an index, as the protocol names it. */
public enum IndexBuildState {
    IndexStateNone,
    Unissued,
    InProgress,
    Finished,
    Failed,
    Retry
}
