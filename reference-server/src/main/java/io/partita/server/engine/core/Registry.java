package io.partita.server.engine.core;

import io.partita.server.lifecycle.LifecycleProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Live collections by name and aliases by name. Lookups resolve aliases and raise the
 * profile's "collection not found" error. Thread-safe; structural changes (create, drop,
 * alias changes) are serialized by the engine's DDL lock.
 */
final class Registry {
    private final LifecycleProfile profile;
    private final Map<String, CollectionRuntime> byName = new ConcurrentHashMap<>();
    private final Map<String, String> aliases = new ConcurrentHashMap<>();

    private final java.time.Clock wallClock;

    Registry(LifecycleProfile profile, java.time.Clock wallClock) {
        this.profile = profile;
        this.wallClock = wallClock;
    }

    /** The collection named (directly or through an alias); throws collection-not-found. */
    CollectionRuntime get(String nameOrAlias) {
        Names.checkBeforeLookup(profile, "collection", nameOrAlias);
        CollectionRuntime c = find(nameOrAlias);
        if (c == null) {
            throw profile.collectionNotFound(Names.trimmed(nameOrAlias));
        }
        return c;
    }

    /**
     * The collection named, without the name check of {@link #get}: Milvus's search task looks the
     * collection up before anything else (internal/proxy/task_search.go PreExecute,
     * {@code globalMetaCache.GetCollectionID}), so a search or hybrid search naming an invalid
     * collection answers "collection not found" under every profile.
     */
    CollectionRuntime getForSearch(String nameOrAlias) {
        CollectionRuntime c = find(nameOrAlias);
        if (c == null) {
            throw profile.collectionNotFound(nameOrAlias == null ? "" : Names.trimmed(nameOrAlias));
        }
        return c;
    }

    /** The collection or null. */
    CollectionRuntime find(String nameOrAlias) {
        if (nameOrAlias == null) {
            return null;
        }
        String n = Names.trimmed(nameOrAlias);
        CollectionRuntime c = byName.get(n);
        if (c == null) {
            String target = aliases.get(n);
            c = target == null ? null : byName.get(target);
        }
        return c == null || c.dropped ? null : c;
    }

    CollectionRuntime byExactName(String name) {
        return byName.get(name);
    }

    void put(CollectionRuntime c) {
        byName.put(c.name(), c);
    }

    /** Gives {@code c} the name of {@code renamed}; aliases follow it. Call under the DDL lock. */
    void rename(CollectionRuntime c, io.partita.server.catalog.CollectionMeta renamed) {
        String old = c.name();
        byName.remove(old, c);
        c.meta = renamed;
        byName.put(c.name(), c);
        aliases.replaceAll((alias, target) -> target.equals(old) ? c.name() : target);
    }

    void remove(CollectionRuntime c) {
        byName.remove(c.name(), c);
        aliases.values().removeIf(v -> v.equals(c.name()));
    }

    List<CollectionRuntime> all() {
        List<CollectionRuntime> out = new ArrayList<>(byName.values());
        out.removeIf(c -> c.dropped);
        out.sort((a, b) -> Long.compare(a.id(), b.id()));
        return out;
    }

    String aliasTarget(String alias) {
        return aliases.get(alias);
    }

    void putAlias(String alias, String collection) {
        aliases.put(alias, collection);
    }

    void removeAlias(String alias) {
        aliases.remove(alias);
    }

    Map<String, String> aliases() {
        return Map.copyOf(aliases);
    }

    /**
     * The oldest timestamp a read of {@code c} may see under its {@code collection.ttl.seconds}
     * (0: no TTL). Milvus's proxy computes the same bound per request (task_search.go /
     * task_query.go: {@code CollectionTtlTimestamps} = the request's physical time minus the TTL)
     * and its segments hide rows inserted before it.
     */
    long ttlFloor(CollectionRuntime c) {
        String ttl = c.meta.properties().get(CollectionOps.TTL);
        long seconds;
        try {
            seconds = ttl == null ? 0 : Long.parseLong(ttl.trim());
        } catch (NumberFormatException e) {
            seconds = 0;
        }
        return seconds <= 0 ? 0 : HybridClock.of(wallClock.millis() - seconds * 1000);
    }
}
