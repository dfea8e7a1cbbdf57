package io.partita.server.engine.core;

import io.partita.server.catalog.CatalogStore;
import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.model.AliasInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/** Aliases: another name for a collection, usable wherever a collection is read or written. */
final class AliasOps {
    private final LifecycleProfile profile;
    private final Registry registry;
    private final CatalogStore catalog;
    private final ReentrantLock ddl;

    AliasOps(LifecycleProfile profile, Registry registry, CatalogStore catalog, ReentrantLock ddl) {
        this.profile = profile;
        this.registry = registry;
        this.catalog = catalog;
        this.ddl = ddl;
    }

    void create(String collection, String alias) {
        String a = Names.check(profile, "alias", alias);
        ddl.lock();
        try {
            CollectionRuntime c = collection(collection);
            if (registry.byExactName(a) != null) {
                throw profile.invalidParameter("alias " + a + " cannot be the name of an existing collection");
            }
            String current = registry.aliasTarget(a);
            if (current != null) {
                throw profile.invalidParameter("alias " + a + " already exists and points to collection " + current);
            }
            catalog.putAlias(a, c.id());
            registry.putAlias(a, c.name());
        } finally {
            ddl.unlock();
        }
    }

    void drop(String alias) {
        String a = Names.trimmed(alias);
        ddl.lock();
        try {
            if (registry.aliasTarget(a) == null) {
                throw profile.invalidParameter("alias " + a + " does not exist");
            }
            catalog.removeAlias(a);
            registry.removeAlias(a);
        } finally {
            ddl.unlock();
        }
    }

    void alter(String collection, String alias) {
        String a = Names.trimmed(alias);
        ddl.lock();
        try {
            CollectionRuntime c = collection(collection);
            if (registry.aliasTarget(a) == null) {
                throw profile.invalidParameter("alias " + a + " does not exist");
            }
            catalog.putAlias(a, c.id());
            registry.putAlias(a, c.name());
        } finally {
            ddl.unlock();
        }
    }

    AliasInfo describe(String alias) {
        String a = Names.trimmed(alias);
        String target = registry.aliasTarget(a);
        CollectionRuntime c = target == null ? null : registry.byExactName(target);
        if (c == null) {
            throw profile.invalidParameter("alias " + a + " does not exist");
        }
        return new AliasInfo(a, c.name(), c.id());
    }

    List<AliasInfo> list(String collection) {
        String only = null;
        if (collection != null && !collection.isBlank()) {
            only = registry.get(collection).name();
        }
        List<AliasInfo> out = new ArrayList<>();
        for (Map.Entry<String, String> e : registry.aliases().entrySet()) {
            CollectionRuntime c = registry.byExactName(e.getValue());
            if (c != null && (only == null || only.equals(c.name()))) {
                out.add(new AliasInfo(e.getKey(), c.name(), c.id()));
            }
        }
        out.sort((x, y) -> x.alias().compareTo(y.alias()));
        return out;
    }

    /** A collection by its real name (aliases of aliases are not allowed). */
    private CollectionRuntime collection(String name) {
        String n = Names.trimmed(name);
        CollectionRuntime c = registry.byExactName(n);
        if (c == null || c.dropped) {
            throw profile.collectionNotFound(n);
        }
        return c;
    }
}
