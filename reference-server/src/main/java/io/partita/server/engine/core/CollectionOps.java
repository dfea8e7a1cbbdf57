package io.partita.server.engine.core;

import io.partita.server.catalog.CatalogStore;
import io.partita.server.catalog.CollectionMeta;
import io.partita.server.catalog.PartitionMeta;
import io.partita.server.engine.DatabaseScope;
import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.model.CollectionDescription;
import io.partita.server.model.CollectionInfo;
import io.partita.server.model.CollectionSchema;
import io.partita.server.model.EngineException;
import io.partita.server.model.ErrorCodes;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.LoadState;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/** Create, drop, describe and list collections; row counts. */
final class CollectionOps {
    private final LifecycleProfile profile;
    private final Registry registry;
    private final CatalogStore catalog;
    private final Stores stores;
    private final LoadManager loads;
    private final HybridClock clock;
    private final ReentrantLock ddl;

    CollectionOps(
            LifecycleProfile profile,
            Registry registry,
            CatalogStore catalog,
            Stores stores,
            LoadManager loads,
            HybridClock clock,
            ReentrantLock ddl) {
        this.profile = profile;
        this.registry = registry;
        this.catalog = catalog;
        this.stores = stores;
        this.loads = loads;
        this.clock = clock;
        this.ddl = ddl;
    }

    long create(CollectionSchema raw, long numPartitions) {
        CollectionSchema schema =
                PartitionKeys.validate(profile, SchemaValidator.validate(profile, raw), numPartitions);
        ddl.lock();
        try {
            CollectionRuntime existing = registry.byExactName(schema.name());
            if (existing != null && !existing.dropped) {
                profile.checkDuplicateCollection(
                        schema.name(), existing.meta.schema().equals(schema));
                return existing.id();
            }
            if (registry.aliasTarget(schema.name()) != null) {
                throw profile.invalidParameter("collection name " + schema.name() + " is already used by an alias");
            }
            long ts = clock.next();
            long utc = HybridClock.physicalMs(ts);
            CollectionMeta meta = new CollectionMeta(catalog.nextId(), schema, ts, utc, List.of());
            CollectionRuntime c = new CollectionRuntime(meta);
            FieldSchema key = schema.partitionKey();
            // a partition key collection has only its hidden partitions _default_0 …, no _default
            List<String> names = new ArrayList<>();
            if (key == null) {
                names.add(PartitionMeta.DEFAULT_NAME);
            } else {
                for (long i = 0; i < key.numPartitions(); i++) {
                    names.add(PartitionKeys.partitionName(i));
                }
            }
            catalog.putCollection(meta);
            long version = 0;
            for (String n : names) {
                PartitionMeta dp = new PartitionMeta(catalog.nextId(), meta.id(), n, ts, utc);
                c.addPartition(new PartitionRuntime(dp, stores.open(meta, dp)));
                version = catalog.putPartitionDeferred(dp);
            }
            catalog.awaitDurable(version);
            registry.put(c);
            return meta.id();
        } catch (IOException e) {
            throw profile.unexpected(
                    "cannot create the storage of collection " + schema.name() + ": " + e.getMessage());
        } finally {
            ddl.unlock();
        }
    }

    void drop(String name) {
        ddl.lock();
        try {
            CollectionRuntime c = registry.find(name);
            if (c == null || !c.name().equals(Names.trimmed(name))) {
                throw profile.collectionNotFound(Names.trimmed(name));
            }
            c.lock.lock();
            try {
                for (PartitionRuntime p : c.partitions) {
                    loads.release(c, p);
                }
                c.dropped = true;
                catalog.removeCollection(c.id());
                registry.remove(c);
                for (PartitionRuntime p : c.partitions) {
                    p.store.destroy();
                }
                Files.deleteIfExists(stores.collectionDir(c.id()));
            } catch (IOException e) {
                throw profile.unexpected(
                        "dropped collection " + c.name() + " but could not delete its files: " + e.getMessage());
            } finally {
                c.lock.unlock();
            }
        } finally {
            ddl.unlock();
        }
    }

    /**
     * AlterCollection: sets {@code properties} and removes {@code deleteKeys}, durably; the
     * properties are reported by DescribeCollection. {@code collection.ttl.seconds} must be a
     * non-negative integer (the wording is Partita's); {@code mmap.enabled} and
     * {@code lazyload.enabled} cannot change while the collection is loaded (Milvus's text and
     * code 104, ErrCollectionLoaded: internal/proxy/task.go alterCollectionTask.PreExecute).
     */
    void alter(String name, Map<String, String> properties, List<String> deleteKeys) {
        String ttl = properties.get(TTL);
        if (ttl != null) {
            long seconds;
            try {
                seconds = Long.parseLong(ttl.trim());
            } catch (NumberFormatException e) {
                seconds = -1;
            }
            if (seconds < 0) {
                throw profile.invalidParameter(TTL + " must be a non-negative integer (seconds), got " + ttl);
            }
        }
        ddl.lock();
        try {
            CollectionRuntime c = registry.get(name);
            c.lock.lock();
            try {
                if ((properties.containsKey("mmap.enabled") || properties.containsKey("lazyload.enabled"))
                        && c.anyLoadedOrLoading()) {
                    throw EngineException.of(
                            ErrorCodes.UNEXPECTED_ERROR,
                            CODE_COLLECTION_LOADED,
                            "can not alter mmap properties if collection loaded: collection already loaded[collection="
                                    + c.name() + "]");
                }
                Map<String, String> next = new java.util.TreeMap<>(c.meta.properties());
                next.putAll(properties);
                deleteKeys.forEach(next::remove);
                CollectionMeta m = c.meta.withProperties(next);
                catalog.putCollection(m);
                c.meta = m;
            } finally {
                c.lock.unlock();
            }
        } finally {
            ddl.unlock();
        }
    }

    /**
     * AddCollectionField (Milvus 2.6): appends a nullable field to a live collection, durably.
     * Rows stored before read it as null (or its default); a loaded collection's segments gain the
     * column at once (charged). Milvus's rules and texts (internal/proxy/task.go
     * {@code addCollectionFieldTask.PreExecute}, {@code validateAddFieldRequest}), each a 1100
     * "invalid parameter"; the field's own checks are the create-time ones ({@link SchemaValidator}).
     * A (nullable) vector field is added as Milvus 2.6 adds it: the rows stored before hold null
     * vectors, which no search or index meets ({@link NullableRules}, profiles.md row 53).
     */
    void addField(String name, FieldSchema field) {
        ddl.lock();
        try {
            CollectionRuntime c = registry.get(name);
            c.lock.lock();
            try {
                CollectionSchema s = c.meta.schema();
                String fname = field.name();
                if (s.fields().size() >= SchemaValidator.MAX_FIELDS) {
                    throw invalid("The number of fields has reached the maximum value " + SchemaValidator.MAX_FIELDS);
                }
                if (s.field(fname) != null) {
                    throw invalid("duplicated field name " + fname);
                }
                if (List.of("RowID", "Timestamp", FieldSchema.DYNAMIC_FIELD_NAME)
                        .contains(fname)) {
                    throw invalid("not support to add system field, field name = " + fname);
                }
                if (field.primaryKey()) {
                    throw invalid("not support to add pk field, field name = " + fname);
                }
                if (field.autoId()) {
                    throw invalid("only primary field can speficy AutoID with true, field name = " + fname);
                }
                if (field.partitionKey()) {
                    // Milvus's text has the two spaces
                    throw invalid("not support to add partition key field, field name  = " + fname);
                }
                if (!field.nullable()) {
                    throw invalid("added field must be nullable, please check it, field name = " + fname);
                }
                if (field.dataType() != null && field.dataType().isVector() && !profile.acceptsNullableVectors()) {
                    throw profile.invalidParameter("adding vector field " + fname
                            + " to an existing collection is not supported by the Partita reference server");
                }
                List<FieldSchema> user = new ArrayList<>();
                for (FieldSchema f : s.fields()) {
                    if (!f.dynamic()) {
                        user.add(f);
                    }
                }
                user.add(field);
                // the field's own checks (name, type, max_length, array, nullable/default) as at create
                SchemaValidator.validate(
                        profile,
                        new CollectionSchema(s.name(), s.description(), user, s.shardsNum(), s.consistencyLevel()));
                for (PartitionRuntime p : c.partitions) {
                    if (p.state == LoadState.LOADING) {
                        throw EngineException.of(
                                ErrorCodes.UNEXPECTED_ERROR,
                                ErrorCodes.CODE_UNEXPECTED,
                                "cannot add field " + fname + " while collection " + c.name()
                                        + " is loading; retry once the load has finished");
                    }
                }
                long id = SchemaValidator.FIRST_FIELD_ID;
                for (FieldSchema f : s.fields()) {
                    id = Math.max(id, f.fieldId() + 1);
                }
                FieldSchema added = new FieldSchema(
                        id,
                        Names.trimmed(fname),
                        field.description(),
                        field.dataType(),
                        false,
                        false,
                        field.typeParams(),
                        false,
                        true,
                        field.defaultValue());
                List<FieldSchema> all = new ArrayList<>(s.fields());
                all.add(added); // last, after $meta: stored rows decode by position and lack it
                CollectionMeta m = c.meta.withSchema(new CollectionSchema(
                        s.name(), s.description(), all, s.shardsNum(), s.consistencyLevel(), s.enableDynamicField()));
                catalog.putCollection(m);
                boolean[] resident = c.residentFields;
                // a load of every field holds the new one too; one with load_fields does not
                boolean full = true;
                for (int i = 0; resident != null && i < resident.length; i++) {
                    full &= resident[i];
                }
                loads.addColumn(c, added, full);
                if (resident != null) {
                    boolean[] next = java.util.Arrays.copyOf(resident, resident.length + 1);
                    next[resident.length] = full;
                    c.residentFields = next;
                }
                for (PartitionRuntime p : c.partitions) {
                    p.store.setFields(all);
                }
                c.meta = m;
                if (resident != null && c.anyLoadedOrLoading()) {
                    loads.persist(c); // the load's field list now names the new field (or not)
                }
            } finally {
                c.lock.unlock();
            }
        } finally {
            ddl.unlock();
        }
    }

    /**
     * AlterCollectionField (Milvus 2.6): sets {@code properties} and removes {@code deleteKeys} of
     * one field's type params, durably; DescribeCollection reports them, and inserts from then on
     * are checked against a changed {@code max_length} or {@code max_capacity}. Milvus's rules and
     * texts (internal/proxy/task.go {@code alterCollectionFieldTask.PreExecute}; rootcoord
     * alter_collection_field_task.go for the missing field): {@code mmap_enabled} is read as
     * {@code mmap.enabled}; only {@code max_length} (VarChar, or an Array of VarChar),
     * {@code max_capacity} (Array) and {@code mmap.enabled} may be set, and only
     * {@code mmap.enabled} removed, each refusal a 1100 "invalid parameter"; {@code mmap.enabled}
     * cannot change while the collection is loaded (104). Milvus 2.6's warm-up and
     * {@code field.description} keys are refused as well (the reference server keeps no such
     * settings: profiles.md).
     */
    void alterField(String name, String fieldName, Map<String, String> properties, List<String> deleteKeys) {
        Map<String, String> set = new java.util.LinkedHashMap<>();
        properties.forEach((k, v) -> set.put(k.equals("mmap_enabled") ? MMAP : k, v));
        ddl.lock();
        try {
            CollectionRuntime c = registry.get(name);
            c.lock.lock();
            try {
                CollectionSchema s = c.meta.schema();
                FieldSchema target = s.field(fieldName);
                for (Map.Entry<String, String> e : set.entrySet()) {
                    checkFieldProperty(c, target, e.getKey(), e.getValue());
                }
                List<String> drop = new ArrayList<>();
                for (String key : deleteKeys) {
                    String k = key.equals("mmap_enabled") ? MMAP : key;
                    if (!k.equals(MMAP)) {
                        throw invalid(key + " is not allowed to drop in collection field param");
                    }
                    if (c.anyLoadedOrLoading()) {
                        throw loaded(c, "can not drop collection field properties if collection loaded");
                    }
                    drop.add(k);
                }
                if (target == null || target.dynamic()) {
                    throw invalid("field " + fieldName + " does not exist in collection");
                }
                Map<String, String> params = new java.util.LinkedHashMap<>(target.typeParams());
                params.putAll(set);
                drop.forEach(params::remove);
                List<FieldSchema> fields = new ArrayList<>();
                for (FieldSchema f : s.fields()) {
                    fields.add(
                            f != target
                                    ? f
                                    : new FieldSchema(
                                            f.fieldId(),
                                            f.name(),
                                            f.description(),
                                            f.dataType(),
                                            f.primaryKey(),
                                            f.autoId(),
                                            params,
                                            f.dynamic(),
                                            f.nullable(),
                                            f.defaultValue()));
                }
                CollectionMeta m = c.meta.withSchema(new CollectionSchema(
                        s.name(),
                        s.description(),
                        fields,
                        s.shardsNum(),
                        s.consistencyLevel(),
                        s.enableDynamicField()));
                catalog.putCollection(m);
                c.meta = m;
            } finally {
                c.lock.unlock();
            }
        } finally {
            ddl.unlock();
        }
    }

    /** One property of AlterCollectionField, checked as Milvus's proxy checks it (field may be null: not found). */
    private void checkFieldProperty(CollectionRuntime c, FieldSchema f, String key, String value) {
        switch (key) {
            case MMAP -> {
                if (c.anyLoadedOrLoading()) {
                    throw loaded(c, "can not alter collection field properties if collection loaded");
                }
            }
            case "max_length" -> {
                boolean string = f != null
                        && (f.dataType() == io.partita.server.model.DataType.VARCHAR
                                || f.dataType() == io.partita.server.model.DataType.ARRAY
                                        && f.elementType() == io.partita.server.model.DataType.VARCHAR);
                if (!string) {
                    // Milvus names the field only when it found it as a string field: empty here
                    throw invalid(" can not modify the maxlength for non-string types");
                }
                long length;
                try {
                    length = Integer.parseInt(value);
                } catch (NumberFormatException e) {
                    throw invalid(key + " should be an integer, but got string");
                }
                if (length > SchemaValidator.MAX_VARCHAR) {
                    throw invalid(value + " exceeds the maximum allowed value " + SchemaValidator.MAX_VARCHAR);
                }
                if (length <= 0) {
                    // Partita's refusal: Milvus's proxy lets a non-positive length through
                    throw invalid(
                            "max_length should be in range 1 ~ " + SchemaValidator.MAX_VARCHAR + ", got " + value);
                }
            }
            case "max_capacity" -> {
                if (f == null || f.dataType() != io.partita.server.model.DataType.ARRAY) {
                    throw invalid(" can not modify the maxcapacity for non-array types");
                }
                long capacity;
                try {
                    capacity = Long.parseLong(value);
                } catch (NumberFormatException e) {
                    throw invalid("the value for max_capacity of field " + f.name() + " must be an integer");
                }
                if (capacity <= 0 || capacity > ArrayRules.MAX_CAPACITY) {
                    throw invalid("the maximum capacity specified for a Array should be in (0, "
                            + ArrayRules.MAX_CAPACITY + "]");
                }
            }
            default -> throw invalid(key + " does not allow update in collection field param");
        }
    }

    /** Milvus's merr.WrapErrCollectionLoaded: code 104, "<msg>: collection already loaded[collection=<name>]". */
    private static EngineException loaded(CollectionRuntime c, String message) {
        return EngineException.of(
                ErrorCodes.UNEXPECTED_ERROR,
                CODE_COLLECTION_LOADED,
                message + ": collection already loaded[collection=" + c.name() + "]");
    }

    /** The field (and collection) property turning memory mapping on. */
    private static final String MMAP = "mmap.enabled";

    /**
     * TruncateCollection (Milvus 2.6): removes every row of every partition, durably (the
     * partitions' files are deleted: {@link io.partita.server.storage.PartitionStore#truncate}),
     * keeping the schema, partitions, indexes, aliases, properties and the load; searches and
     * queries afterwards see nothing, and rows inserted afterwards are found as usual. Refused
     * while a partition is loading (Partita's wording, as for AddCollectionField).
     */
    void truncate(String name) {
        ddl.lock();
        try {
            CollectionRuntime c = registry.get(name);
            c.lock.lock();
            try {
                for (PartitionRuntime p : c.partitions) {
                    if (p.state == LoadState.LOADING) {
                        throw EngineException.of(
                                ErrorCodes.UNEXPECTED_ERROR,
                                ErrorCodes.CODE_UNEXPECTED,
                                "cannot truncate collection " + c.name()
                                        + " while it is loading; retry once the load has finished");
                    }
                }
                for (PartitionRuntime p : c.partitions) {
                    loads.truncate(c, p);
                    p.store.truncate();
                }
            } catch (IOException e) {
                throw profile.unexpected(
                        "truncating collection " + c.name() + " could not delete its files: " + e.getMessage());
            } finally {
                c.lock.unlock();
            }
        } finally {
            ddl.unlock();
        }
    }

    /** Milvus's merr.WrapErrParameterInvalidMsg: code 1100, the message then ": invalid parameter". */
    private EngineException invalid(String message) {
        return profile.invalidParameter(message + ": invalid parameter");
    }

    /** Milvus's ErrCollectionLoaded (pkg/util/merr/errors.go). */
    static final int CODE_COLLECTION_LOADED = 104;

    /** The property Milvus reads as the collection's time to live, in seconds. */
    static final String TTL = "collection.ttl.seconds";

    /**
     * RenameCollection within the current database, with Milvus's refusals (rootcoord
     * meta_table.go RenameCollection): the old name must be a collection, not an alias, and the
     * new name must be free of collections and aliases. Aliases keep pointing at the collection.
     */
    void rename(String oldName, String newName) {
        String target = Names.check(profile, "collection", newName);
        ddl.lock();
        try {
            String old = Names.trimmed(oldName);
            if (registry.aliasTarget(old) != null) {
                throw EngineException.of(
                        ErrorCodes.UNEXPECTED_ERROR,
                        ErrorCodes.CODE_UNEXPECTED,
                        "unsupported use an alias to rename collection, alias:" + old);
            }
            CollectionRuntime c = registry.get(old);
            if (registry.find(target) != null) {
                throw EngineException.of(
                        ErrorCodes.UNEXPECTED_ERROR,
                        ErrorCodes.CODE_UNEXPECTED,
                        "duplicated new collection name " + DatabaseScope.current() + ":" + target
                                + " with other collection name or alias");
            }
            c.lock.lock();
            try {
                CollectionSchema s = c.meta.schema();
                CollectionMeta m = c.meta.withSchema(new CollectionSchema(
                        target,
                        s.description(),
                        s.fields(),
                        s.shardsNum(),
                        s.consistencyLevel(),
                        s.enableDynamicField()));
                catalog.putCollection(m);
                registry.rename(c, m);
            } finally {
                c.lock.unlock();
            }
        } finally {
            ddl.unlock();
        }
    }

    boolean has(String name) {
        return registry.find(name) != null;
    }

    CollectionDescription describe(String name) {
        Names.checkBeforeLookup(profile, "collection", name);
        CollectionRuntime c = registry.find(name);
        if (c == null) {
            throw profile.describedCollectionNotFound(Names.trimmed(name));
        }
        CollectionMeta m = c.meta;
        List<String> aliases = new ArrayList<>();
        for (Map.Entry<String, String> e : registry.aliases().entrySet()) {
            if (e.getValue().equals(c.name())) {
                aliases.add(e.getKey());
            }
        }
        aliases.sort(null);
        List<String> channels = new ArrayList<>();
        for (int i = 0; i < m.schema().shardsNum(); i++) {
            channels.add("partita-dml_" + i + "_" + m.id() + "v" + i);
        }
        return new CollectionDescription(
                m.id(), m.schema(), m.createdTimestamp(), m.createdUtcMs(), aliases, channels, m.properties());
    }

    List<CollectionInfo> show(List<String> names, boolean inMemory) {
        List<CollectionRuntime> targets = new ArrayList<>();
        if (names.isEmpty()) {
            targets.addAll(registry.all());
        } else {
            for (String n : names) {
                targets.add(registry.get(n));
            }
        }
        List<CollectionInfo> out = new ArrayList<>();
        for (CollectionRuntime c : targets) {
            LoadState state = c.loadState();
            if (inMemory && state == LoadState.NOT_LOAD) {
                if (!names.isEmpty()) {
                    var refusal = profile.showCollectionNotLoaded(c.name());
                    if (refusal != null) {
                        throw refusal;
                    }
                } else {
                    continue;
                }
            }
            out.add(new CollectionInfo(
                    c.name(),
                    c.id(),
                    c.meta.createdTimestamp(),
                    c.meta.createdUtcMs(),
                    LoadOps.percent(c.partitions.stream()
                            .filter(PartitionRuntime::loadedOrLoading)
                            .toList()),
                    state));
        }
        return out;
    }

    long rowCount(String name) {
        CollectionRuntime c = registry.get(name);
        long total = 0;
        c.lock.lock();
        try {
            for (PartitionRuntime p : c.partitions) {
                total += p.store.insertedRows();
            }
        } finally {
            c.lock.unlock();
        }
        return total;
    }
}
