package io.partita.server.engine.core;

import io.partita.server.catalog.PartitionMeta;
import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.model.CollectionSchema;
import io.partita.server.model.DataType;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.storage.Columns;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Partition key collections ({@code is_partition_key}, {@code num_partitions}): the schema rules,
 * the hidden partitions {@code _default_0 … _default_{n-1}} and the routing of a key to one of
 * them, all as Milvus has them:
 *
 * <ul>
 *   <li>rules and texts: {@code internal/proxy/task.go} {@code createCollectionTask.validatePartitionKey}
 *       (one key field, not the primary key, INT64 or VARCHAR, {@code num_partitions} ≥ 0 and only
 *       with a key field; 0 takes the profile's default) and rootcoord's create task
 *       ({@code partition number (%d) exceeds max configuration (%d)});
 *   <li>partition names: rootcoord's {@code <defaultPartitionName>_<i>} ({@code _default_0} …);
 *   <li>routing: {@code pkg/util/typeutil/hash.go} {@code HashKey2Partitions}: an INT64 key by
 *       {@code Hash32Int64} (murmur3 x86 32-bit, seed 0, over the key's 8 little-endian bytes,
 *       masked with {@code 0x7fffffff}), a VARCHAR key by {@code HashString2Uint32} (CRC-32 IEEE
 *       of the first 100 bytes), then modulo the number of partitions.
 * </ul>
 */
final class PartitionKeys {
    /** Milvus's {@code substringLengthForCRC}: a VARCHAR key hashes its first 100 bytes. */
    private static final int CRC_PREFIX = 100;

    private PartitionKeys() {}

    /**
     * The schema with the partition key checked and its partition count resolved (stored on the
     * key field), or without any key where the profile has none (2.1 dropped both as unknown).
     */
    static CollectionSchema validate(LifecycleProfile profile, CollectionSchema s, long numPartitions) {
        long defaults = profile.defaultPartitionKeyPartitions();
        FieldSchema key = null;
        List<FieldSchema> fields = new ArrayList<>(s.fields());
        for (int i = 0; i < fields.size(); i++) {
            FieldSchema f = fields.get(i);
            if (!f.partitionKey()) {
                continue;
            }
            if (defaults == 0) {
                Map<String, String> params = new LinkedHashMap<>(f.typeParams());
                params.remove(FieldSchema.PARTITION_KEY);
                fields.set(i, f.withTypeParams(params));
                continue;
            }
            if (key != null) {
                throw profile.unexpected(
                        "there are more than one partition key, field name = " + key.name() + ", " + f.name());
            }
            if (f.primaryKey()) {
                throw profile.unexpected("the partition key field must not be primary field");
            }
            if (f.dataType() != DataType.INT64 && f.dataType() != DataType.VARCHAR) {
                throw profile.unexpected("the data type of partition key should be Int64 or VarChar");
            }
            if (f.nullable()) {
                // internal/proxy/util.go validateNullable... : a key must route every row
                throw profile.invalidParameter("partition key field not support nullable");
            }
            if (numPartitions < 0) {
                throw profile.unexpected("the specified partitions should be greater than 0 if partition key is used");
            }
            long n = numPartitions == 0 ? defaults : numPartitions;
            if (n > profile.maxPartitions()) {
                throw profile.unexpected(
                        "partition number (" + n + ") exceeds max configuration (" + profile.maxPartitions() + ")");
            }
            Map<String, String> params = new LinkedHashMap<>(f.typeParams());
            params.put(FieldSchema.PARTITION_KEY, Long.toString(n));
            key = f.withTypeParams(params);
            fields.set(i, key);
        }
        if (key == null && numPartitions != 0 && defaults != 0) {
            throw profile.unexpected("num_partitions should only be specified with partition key field enabled");
        }
        return new CollectionSchema(
                s.name(), s.description(), fields, s.shardsNum(), s.consistencyLevel(), s.enableDynamicField());
    }

    /** The name of hidden partition {@code i}. */
    static String partitionName(long i) {
        return PartitionMeta.DEFAULT_NAME + "_" + i;
    }

    /** The hidden partition (0 … n-1) a key value routes to. */
    static int route(Object key, int partitions) {
        long hash;
        if (key instanceof String str) {
            byte[] b = str.getBytes(StandardCharsets.UTF_8);
            CRC32 crc = new CRC32();
            crc.update(b, 0, Math.min(b.length, CRC_PREFIX));
            hash = crc.getValue();
        } else {
            hash = murmur3Int64(((Number) key).longValue()) & 0x7fffffffL;
        }
        return (int) (hash % partitions);
    }

    /** MurmurHash3 x86 32-bit, seed 0, of a long's 8 little-endian bytes. */
    static int murmur3Int64(long v) {
        int h = 0;
        h = mixBlock(h, (int) v);
        h = mixBlock(h, (int) (v >>> 32));
        h ^= 8;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    private static int mixBlock(int h, int k) {
        k *= 0xcc9e2d51;
        k = Integer.rotateLeft(k, 15);
        k *= 0x1b873593;
        h ^= k;
        h = Integer.rotateLeft(h, 13);
        return h * 5 + 0xe6546b64;
    }

    /**
     * The rows of an insert grouped by the hidden partition their key routes to: entry i holds the
     * columns of the rows bound for partition i, or null when none is.
     */
    static List<List<FieldColumn>> split(List<FieldColumn> ordered, int keyIndex, int partitions) {
        FieldColumn keys = ordered.get(keyIndex);
        int rows = keys.rowCount();
        int[] counts = new int[partitions];
        int[] target = new int[rows];
        for (int r = 0; r < rows; r++) {
            target[r] = route(keys.scalar(r), partitions);
            counts[target[r]]++;
        }
        List<List<FieldColumn>> out = new ArrayList<>(partitions);
        for (int p = 0; p < partitions; p++) {
            if (counts[p] == 0) {
                out.add(null);
                continue;
            }
            int[] picked = new int[counts[p]];
            int n = 0;
            for (int r = 0; r < rows; r++) {
                if (target[r] == p) {
                    picked[n++] = r;
                }
            }
            List<FieldColumn> cols = new ArrayList<>(ordered.size());
            for (FieldColumn col : ordered) {
                cols.add(n == rows ? col : Columns.select(List.of(col), picked));
            }
            out.add(cols);
        }
        return out;
    }

    /** Whether this is a partition key collection. */
    static boolean keyed(CollectionRuntime c) {
        return c != null && c.meta.schema().partitionKey() != null;
    }

    /**
     * Milvus's refusal of partition DDL on a partition key collection ({@code internal/proxy/task.go}:
     * "disable create partition if partition key mode is used", "disable drop partition …",
     * "disable load partitions …", "disable release partitions …").
     *
     * @param what "create partition", "drop partition", "load partitions" or "release partitions"
     */
    static void refuseManual(LifecycleProfile profile, CollectionRuntime c, String what) {
        if (keyed(c)) {
            throw profile.unexpected("disable " + what + " if partition key mode is used");
        }
    }

    /**
     * Milvus's refusal of a DML or read naming partitions on a partition key collection
     * (task_insert.go, task_upsert.go, task_delete.go, task_search.go, task_query.go).
     */
    static void refuseNamedPartition(LifecycleProfile profile, CollectionRuntime c, String partition) {
        if (keyed(c) && partition != null && !partition.isEmpty()) {
            throw profile.unexpected(MANUAL_NAMES);
        }
    }

    static final String MANUAL_NAMES =
            "not support manually specifying the partition names if partition key mode is used";

    /**
     * The snapshots a read with this filter needs: on a partition key collection whose filter is
     * {@code key == v} or {@code key in [..]}, only those of the partitions the values route to.
     */
    static List<LoadedPartition> prune(CollectionRuntime c, List<LoadedPartition> targets, String filter) {
        FieldSchema key = keyed(c) ? c.meta.schema().partitionKey() : null;
        if (key == null || filter == null || filter.isBlank()) {
            return targets;
        }
        List<Object> values = Filters.primaryKeyTerms(key, filter);
        if (values == null) {
            return targets;
        }
        int n = c.partitions.size();
        java.util.Set<String> wanted = new java.util.HashSet<>();
        for (Object v : values) {
            wanted.add(partitionName(route(v, n)));
        }
        List<LoadedPartition> out = new ArrayList<>();
        for (LoadedPartition lp : targets) {
            PartitionRuntime p = c.partition(lp.partitionId());
            if (p != null && wanted.contains(p.name())) {
                out.add(lp);
            }
        }
        return out;
    }
}
