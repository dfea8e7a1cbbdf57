package io.partita.server.lifecycle;

import java.util.Set;

/**
 * A profile's decision for a load: which partitions to start loading (empty = nothing to do)
 * and whether the collection counts as loaded by LoadCollection afterwards.
 */
public record LoadPlan(Set<Long> toLoad, boolean byCollection) {
    public LoadPlan {
        toLoad = Set.copyOf(toLoad);
    }
}
