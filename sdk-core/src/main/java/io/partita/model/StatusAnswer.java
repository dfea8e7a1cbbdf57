package io.partita.model;

/**
 * The status part shared by the response values of this package: the server's {@link Status} for
 * the answer, success when the builder was given none, so {@link #getStatus()} never answers
 * {@code null}. Package-private: each public response class extends it and keeps the accessor names
 * of its official {@code io.milvus.grpc} namesake ({@code getStatus()}, {@code hasStatus()}).
 */
abstract class StatusAnswer implements HasStatus {
    final Status status;

    /** @param status the builder's status, or {@code null} for success */
    StatusAnswer(Status status) {
        this.status = status == null ? Status.success() : status;
    }

    /** @return the server's status for this answer; never {@code null} (success when none was set) */
    @Override
    public Status getStatus() {
        return status;
    }

    /** @return always {@code true}: an absent status reads as success */
    public boolean hasStatus() {
        return status != null;
    }
}
