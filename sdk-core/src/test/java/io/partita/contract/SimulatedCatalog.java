package io.partita.contract;

import io.partita.model.FieldSchema;
import io.partita.model.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The collection/partition/load state of {@link SimulatedMilvus}, with SEMANTICS.md's lifecycle
 * rules for one profile. Test-only; exists to check that the contract suite itself is coherent.
 */
final class SimulatedCatalog {
    enum LoadMode {
        NONE,
        COLLECTION,
        PARTITIONS
    }

    static final class Row {
        final long id;
        final List<Float> vector;

        Row(long id, List<Float> vector) {
            this.id = id;
            this.vector = vector;
        }
    }

    static final class Part {
        final String name;
        final long id;
        final List<Row> rows = new ArrayList<>();
        boolean loaded;

        Part(String name, long id) {
            this.name = name;
            this.id = id;
        }
    }

    static final class Coll {
        final String name;
        final long id;
        final List<FieldSchema> fields;
        final Map<String, Part> parts = new LinkedHashMap<>();
        final Map<String, String> indexes = new LinkedHashMap<>();
        LoadMode mode = LoadMode.NONE;
        int replicas;

        Coll(String name, long id, List<FieldSchema> fields) {
            this.name = name;
            this.id = id;
            this.fields = fields;
        }

        List<Part> loadedParts() {
            return parts.values().stream().filter(p -> p.loaded).collect(Collectors.toList());
        }
    }

    final boolean v21;
    final Map<String, Coll> collections = new LinkedHashMap<>();
    final Map<String, String> aliases = new LinkedHashMap<>();
    private long nextId = 1000;

    SimulatedCatalog(boolean v21) {
        this.v21 = v21;
    }

    long newId() {
        return nextId++;
    }

    Coll find(String nameOrAlias) {
        return collections.get(aliases.getOrDefault(nameOrAlias, nameOrAlias));
    }

    /** The same failure in the profile's own shape: legacy code + reason (2.1) or 2.3 code + reason. */
    Status error(int legacy, String reason21, int code23, String reason23) {
        if (v21) {
            return Status.newBuilder()
                    .setErrorCodeValue(legacy)
                    .setCode(legacy == 0 ? 0 : 65535)
                    .setReason(reason21)
                    .build();
        }
        return Status.newBuilder()
                .setErrorCodeValue(legacy)
                .setCode(code23)
                .setReason(reason23)
                .build();
    }

    Status collectionMissing(String name) {
        return error(4, "can't find collection: " + name, 100, "collection not found[collection=" + name + "]");
    }

    Status partitionMissing(String name) {
        return error(
                1,
                "partitionID of partitionName:" + name + " can not be find",
                200,
                "partition not found[partition=" + name + "]");
    }

    static String ids(List<Part> parts) {
        return parts.stream().map(p -> Long.toString(p.id)).collect(Collectors.joining(" ", "[", "]"));
    }

    Status loadCollection(String name, int replicas) {
        Coll c = find(name);
        if (c == null) {
            return collectionMissing(name);
        }
        int wanted = Math.max(1, replicas);
        if (c.mode == LoadMode.COLLECTION) {
            if (c.replicas == wanted) {
                return Status.success();
            }
            return error(
                    5,
                    "collection has already been loaded, and the number of replicas " + c.replicas
                            + " is not same as the request's " + wanted
                            + ". Should release first then reload with the new number of replicas",
                    1100,
                    "can't change the replica number for loaded collection: invalid parameter[expected=" + c.replicas
                            + "][actual=" + wanted + "]");
        }
        if (c.mode == LoadMode.PARTITIONS && v21) {
            return error(
                    5,
                    "some partitions " + ids(c.loadedParts()) + " of collection " + c.id
                            + " has been loaded into QueryNode, please release partitions firstly",
                    0,
                    "");
        }
        c.parts.values().forEach(p -> p.loaded = true);
        c.mode = LoadMode.COLLECTION;
        c.replicas = wanted;
        return Status.success();
    }

    Status loadPartitions(String name, List<String> names, int replicas) {
        Coll c = find(name);
        if (c == null) {
            return collectionMissing(name);
        }
        for (String n : names) {
            if (!c.parts.containsKey(n)) {
                return partitionMissing(n);
            }
        }
        if (c.mode == LoadMode.COLLECTION) {
            return v21
                    ? error(
                            5,
                            "collection " + c.id + " has been loaded into QueryNode, please release collection firstly",
                            0,
                            "")
                    : Status.success();
        }
        boolean subset = names.stream().allMatch(n -> c.parts.get(n).loaded);
        if (c.mode == LoadMode.PARTITIONS && !subset && v21) {
            return error(
                    5,
                    "some partitions " + ids(c.loadedParts()) + " of collection " + c.id
                            + " has been loaded into QueryNode, please release partitions firstly",
                    0,
                    "");
        }
        names.forEach(n -> c.parts.get(n).loaded = true);
        c.mode = LoadMode.PARTITIONS;
        c.replicas = Math.max(1, replicas);
        return Status.success();
    }

    Status releasePartitions(String name, List<String> names) {
        Coll c = find(name);
        if (c == null) {
            return collectionMissing(name);
        }
        for (String n : names) {
            if (!c.parts.containsKey(n)) {
                return partitionMissing(n);
            }
        }
        if (c.mode == LoadMode.COLLECTION && v21) {
            return error(1, "releasing some partitions after load collection is not supported", 0, "");
        }
        names.forEach(n -> c.parts.get(n).loaded = false);
        c.mode = c.loadedParts().isEmpty() ? LoadMode.NONE : LoadMode.PARTITIONS;
        return Status.success();
    }

    Status releaseCollection(String name) {
        Coll c = find(name);
        if (c == null) {
            return collectionMissing(name);
        }
        c.parts.values().forEach(p -> p.loaded = false);
        c.mode = LoadMode.NONE;
        return Status.success();
    }

    Status createPartition(String name, String partition) {
        Coll c = find(name);
        if (c == null) {
            return collectionMissing(name);
        }
        if (c.parts.containsKey(partition)) {
            return error(
                    1,
                    "partition name = " + partition + " already exists",
                    1100,
                    "partition name = " + partition + " already exists");
        }
        if (c.parts.size() >= 4096) {
            return error(
                    1,
                    "maximum partition's number should be limit to 4096",
                    65535,
                    "maximum partition's number should be limit to 4096");
        }
        Part p = new Part(partition, newId());
        p.loaded = c.mode == LoadMode.COLLECTION;
        c.parts.put(partition, p);
        return Status.success();
    }

    Status dropPartition(String name, String partition) {
        Coll c = find(name);
        if (c == null) {
            return collectionMissing(name);
        }
        if ("_default".equals(partition)) {
            return error(1, "default partition cannot be deleted", 65535, "default partition cannot be deleted");
        }
        Part p = c.parts.get(partition);
        if (p == null) {
            return error(
                    1,
                    "partition " + partition + " does not exist",
                    200,
                    "partition not found[partition=" + partition + "]");
        }
        if (p.loaded && !v21) {
            return error(1, "", 65535, "partition cannot be dropped, partition is loaded, please release it first");
        }
        c.parts.remove(partition);
        if (c.loadedParts().isEmpty()) {
            c.mode = LoadMode.NONE;
        }
        return Status.success();
    }

    /** @return the partitions a search or query reads, or the error that stops it */
    Object readable(Coll c, List<String> names, String what) {
        if (c.mode == LoadMode.NONE) {
            return error(
                    1,
                    "collection:" + c.name + " or partition:"
                            + names.stream().collect(Collectors.joining(" ", "[", "]"))
                            + " not loaded into memory when " + what,
                    101,
                    "collection not loaded[collection=" + c.id + "]");
        }
        if (names.isEmpty()) {
            return c.loadedParts();
        }
        List<Part> parts = new ArrayList<>();
        for (String n : names) {
            Part p = c.parts.get(n);
            if (p == null) {
                return error(1, "partition name " + n + " not found", 65535, "partition name " + n + " not found");
            }
            if (!p.loaded) {
                return error(
                        1,
                        "checkIfLoaded failed when " + what + ", partitionIDs = [" + p.id + "], err = partition " + p.id
                                + " of collection " + c.id + " has not been loaded into QueryNode",
                        201,
                        "partition not loaded[partition=" + p.id + "]");
            }
            parts.add(p);
        }
        return parts;
    }
}
