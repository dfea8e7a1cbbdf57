package io.partita.transport;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-call settings the client hands to {@link Transport#call}. Immutable and thread-safe.
 */
public final class CallOptions {
    private static final CallOptions NONE = new CallOptions(null);

    private final Duration deadline;

    private CallOptions(Duration deadline) {
        this.deadline = deadline;
    }

    /** @return options with no deadline */
    public static CallOptions none() {
        return NONE;
    }

    /**
     * @param deadline how long the call may take, measured from when the transport starts it;
     *     must be positive
     * @return options with that deadline
     */
    public static CallOptions withDeadline(Duration deadline) {
        Objects.requireNonNull(deadline, "deadline");
        if (deadline.isZero() || deadline.isNegative()) {
            throw new IllegalArgumentException("deadline must be positive, got " + deadline);
        }
        return new CallOptions(deadline);
    }

    /** @return how long the call may take; empty when it may wait forever */
    public Optional<Duration> getDeadline() {
        return Optional.ofNullable(deadline);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CallOptions && Objects.equals(deadline, ((CallOptions) o).deadline);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(deadline);
    }

    @Override
    public String toString() {
        return "CallOptions{deadline=" + deadline + "}";
    }
}
