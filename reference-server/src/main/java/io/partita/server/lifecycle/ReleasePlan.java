package io.partita.server.lifecycle;

import java.util.Set;

/** A profile's decision for ReleasePartitions: partitions to release and the resulting load type. */
public record ReleasePlan(Set<Long> toRelease, boolean byCollection) {
    public ReleasePlan {
        toRelease = Set.copyOf(toRelease);
    }
}
