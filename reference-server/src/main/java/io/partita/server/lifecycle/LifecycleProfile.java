package io.partita.server.lifecycle;

import io.partita.server.model.DataType;
import io.partita.server.model.EngineException;
import io.partita.server.model.Profile;
import java.util.List;
import java.util.Set;

/**
 * The rules that differ between Milvus releases (SEMANTICS.md): load/release decisions and the
 * exact error of each refusal. One implementation per {@link Profile}; the engine asks the
 * profile and never tests which profile it has. Implementations are stateless and thread-safe.
 */
public interface LifecycleProfile {

    static LifecycleProfile of(Profile p) {
        switch (p) {
            case MILVUS_2_6:
                return new Milvus26Profile();
            case MILVUS_2_3:
                return new Milvus23Profile();
            default:
                return new Milvus21Profile();
        }
    }

    Profile profile();

    /** Whether loaded partitions are loaded again after a restart. */
    boolean recoversLoadState();

    /** Whether names may contain {@code $} after the first character. */
    boolean allowsDollarInNames();

    /**
     * The reason an invalid name is refused with. {@code prefix} is {@code "Invalid <kind> name:
     * <name>. "} and {@code rule} the broken rule as Milvus 2.1-2.3 word it, capitalized with a
     * final period ({@code "The first character of a collection name must be an underscore or
     * letter."}). The default is their concatenation.
     */
    default String invalidName(String kind, String prefix, String rule) {
        return prefix + rule;
    }

    /**
     * Whether a collection or partition name is validated before it is looked up, so an invalid
     * name is refused as invalid rather than not found (has, drop and release of partitions too).
     */
    default boolean validatesNamesBeforeLookup() {
        return false;
    }

    /**
     * Whether CreateIndex accepts scalar index types (INVERTED, STL_SORT, Trie, BITMAP) on scalar
     * fields; Milvus 2.1 refused any index on a non-vector field.
     */
    default boolean acceptsScalarIndexes() {
        return true;
    }

    /**
     * Whether an index on a JSON field is a JSON path index (Milvus 2.5+: {@code json_cast_type}
     * required, {@code json_path} naming the indexed value, several per field, docs/profiles.md row
     * 54). Older profiles keep the plain scalar index rules.
     */
    default boolean acceptsJsonPathIndexes() {
        return false;
    }

    /**
     * Whether an index may leave out its build parameters and get knowhere's defaults: HNSW's
     * {@code M} and {@code efConstruction} (30 and 360), the IVF family's {@code nlist} (128), as
     * Milvus 2.4+ leaves them to knowhere's configs; Milvus 2.1 required them.
     */
    default boolean fillsIndexDefaults() {
        return true;
    }

    /**
     * The metric CreateIndex gives a dense float vector field's index when the request names none:
     * L2 through Milvus 2.3; Milvus 2.4+ fills COSINE (proxy/task_index.go,
     * {@code metric.FloatVectorDefaultMetricType}). Binary fields get HAMMING and sparse IP under
     * every profile.
     */
    default String defaultFloatMetric() {
        return "L2";
    }

    /**
     * Whether CreateIndex knows the DISKANN index type (Milvus 2.2 added it; Milvus 2.1 refused it as
     * an unknown type).
     */
    default boolean acceptsDiskAnn() {
        return true;
    }

    /**
     * Whether a query with a limit answers the matching rows with the smallest primary keys, in key
     * order (as a query iterator's pages always are). 2.1 and 2.3: no, rows come in storage order.
     */
    default boolean limitedQueriesInKeyOrder() {
        return false;
    }

    /**
     * A grouping search on a binary vector field: refused as an invalid parameter through Milvus 2.3
     * ({@code not support search_group_by operation based on binary vector column}).
     */
    default EngineException groupByOnBinaryVectors() {
        return invalidParameter("not support search_group_by operation based on binary vector column");
    }

    /**
     * A search whose {@code anns_field} names no field: 2.1 and 2.3 answer the planner's text
     * {@code failed to get field schema by name: fieldName(%s) not found} as an invalid parameter.
     */
    default EngineException annsFieldNotFound(String name) {
        return invalidParameter("failed to get field schema by name: fieldName(" + name + ") not found");
    }

    /**
     * CreateIndex naming a field the schema lacks (and, where the profile has them, no key of the
     * dynamic field): 2.1 and 2.3 answer {@code cannot create index on non-existed field: %s} as an
     * invalid parameter.
     */
    default EngineException indexFieldNotFound(String name) {
        return invalidParameter("cannot create index on non-existed field: " + name);
    }

    /**
     * Whether a vector field may be nullable: Milvus 2.6 accepts it (a null row holds no vector,
     * is skipped by searches and index builds and reads back as null); Milvus 2.1 and 2.3 refuse
     * it ({@code vector type not support null}).
     */
    default boolean acceptsNullableVectors() {
        return false;
    }

    /**
     * Whether collections may declare GEOMETRY and TIMESTAMPTZ fields (Milvus 2.6 added both);
     * older profiles refuse them as every type the server does not store.
     */
    default boolean acceptsGeometryAndTimestamptz() {
        return false;
    }

    /**
     * Whether collections keep the struct array fields of their schema (Milvus 2.6's {@code
     * CollectionSchema.struct_array_fields}, field 9): older servers do not know that part of the
     * message and drop it unread, so the collection is created without them.
     */
    default boolean acceptsStructArrays() {
        return false;
    }

    /**
     * A grouping search on a field of a type that cannot be grouped (FLOAT, DOUBLE, JSON, ARRAY,
     * GEOMETRY, vectors): through Milvus 2.3 the proxy refuses it (internal/proxy/search_util.go
     * {@code parseGroupByField}, code 1100); Milvus 2.6 leaves it to segcore, which answers
     * {@code Unsupported} (code 999).
     */
    default EngineException groupByTypeUnsupported(io.partita.server.model.DataType type, String field) {
        return invalidParameter(
                "unsupported data type for group by: " + type.name() + " field " + field + ": invalid parameter");
    }

    /**
     * Whether an upsert's {@code partial_update} is honoured (profiles.md row 59): Milvus 2.6 fills
     * the fields a stored row's upsert leaves out from the stored row (internal/proxy/task_upsert.go
     * {@code queryPreExecute}); Milvus 2.1 and 2.3 know no such field and upsert whole rows only.
     */
    default boolean partialUpserts() {
        return false;
    }

    // ---- decisions (rows 1-6, 10-12, 16) ---------------------------------------------------

    LoadPlan planLoadCollection(LoadView view, int replicaNumber);

    /** @param requested partition ids, non-empty */
    LoadPlan planLoadPartitions(LoadView view, Set<Long> requested, int replicaNumber);

    ReleasePlan planReleasePartitions(LoadView view, Set<Long> requested);

    /** Called before dropping a loaded partition: returns normally to release it first, or refuses. */
    void checkDropLoadedPartition(LoadView view, String partitionName);

    /**
     * CreateCollection of a name that exists: returns normally when it is an idempotent success
     * (same schema), otherwise throws.
     */
    void checkDuplicateCollection(String name, boolean sameSchema);

    // ---- errors ------------------------------------------------------------------------------

    /** Rows 9 and every other lookup of a missing collection. */
    EngineException collectionNotFound(String name);

    /** Row 8: Load/Release naming a missing partition. */
    EngineException partitionNotFoundForLoad(String name);

    /** Row 15, and inserts/deletes/statistics naming a missing partition. */
    EngineException partitionNotFound(String name);

    /** Row 17: CreatePartition of a name that exists returns normally when that is an idempotent success. */
    void checkCreateExistingPartition(String name);

    /** Row 15: DropPartition of a name that does not exist returns normally when that is an idempotent success. */
    void checkDropMissingPartition(String name);

    /** Row 18: how many partitions a collection may have, {@code _default} included. */
    int maxPartitions();

    /** Row 18: the refusal of one partition more than {@link #maxPartitions()}. */
    EngineException tooManyPartitions(String collectionName, int partitionCount);

    /** Row 19: nothing of the collection is loaded. */
    EngineException collectionNotLoaded(
            String collectionName, long collectionId, List<String> partitionNames, boolean query);

    /** Row 20: a named partition is not loaded. */
    EngineException partitionNotLoaded(
            String collectionName, long collectionId, List<String> partitionNames, long partitionId, boolean query);

    /** Row 22. */
    EngineException searchPartitionNotFound(String name);

    /** Row 23: ShowPartitions InMemory naming a partition that is not loaded; null = answer with 0%. */
    EngineException showPartitionNotLoaded(long partitionId, long collectionId);

    /** ShowCollections InMemory naming a collection that is not loaded; null = answer with 0%. */
    EngineException showCollectionNotLoaded(String name);

    /** The 90% rule refused a load. */
    EngineException memoryRefused(long bytesPerReplica, int replicaNumber);

    /** A client mistake in a parameter (names the bad value). */
    EngineException invalidParameter(String reason);

    /** Any other refusal (legacy UnexpectedError). */
    EngineException unexpected(String reason);

    // ---- partial loads and refresh (docs/profiles.md rows 31-34) ------------------------------

    /**
     * Whether LoadCollection/LoadPartitions honour {@code load_fields} and {@code
     * skip_load_dynamic_field} (Milvus 2.5+). Older profiles ignore both, as those servers did
     * with fields their {@code milvus.proto} did not have: every field is loaded.
     */
    default boolean partialLoads() {
        return false;
    }

    /**
     * The number of hidden partitions a partition key collection gets when CreateCollection's
     * {@code num_partitions} is 0 ({@code common.DefaultPartitionsWithPartitionKey}), or 0 where
     * partition keys do not exist: Milvus 2.1's {@code schema.proto} had no {@code is_partition_key}
     * and its CreateCollectionRequest no {@code num_partitions}, so a 2.1 server dropped both as
     * unknown fields and created an ordinary collection; the 2.1 profile does the same.
     */
    default long defaultPartitionKeyPartitions() {
        return 0;
    }

    /** Whether a load with {@code refresh = true} refreshes a loaded collection (2.3+) rather than loading. */
    default boolean refreshes() {
        return false;
    }

    /**
     * A refresh of a collection that is not (fully) loaded. Milvus's querycoord
     * ({@code internal/querycoordv2/services.go}, {@code refreshCollection}) names it by id.
     */
    default EngineException refreshNotLoaded(long collectionId, boolean loading) {
        return unexpected("collection not loaded[collection=" + collectionId + "]");
    }

    /**
     * A {@code load_fields} name that is no field. The proxy's {@code schemaInfo.GetLoadFieldIDs}
     * ({@code internal/proxy/meta_cache.go}) returns the schema helper's error unwrapped.
     */
    default EngineException loadFieldNotFound(String name) {
        return unexpected("failed to get field schema by name: fieldName(" + name + ") not found");
    }

    /**
     * A {@code load_fields} list without a field every load needs ({@code what}: "primary key field
     * pk", "vector field"); {@code validateLoadFields} in {@code internal/proxy/meta_cache.go} wraps
     * it as an invalid parameter and prints the names as Go prints a slice.
     */
    default EngineException loadFieldsIncomplete(List<String> names, String what) {
        return invalidParameter(
                "load field list " + GoFormat.list(names) + " does not contain " + what + ": invalid parameter");
    }

    /**
     * A load of a loaded collection naming other fields ({@code internal/querycoordv2/job/job_load.go}:
     * {@code WrapErrParameterInvalid(loaded, requested, "can't change the load field list for loaded
     * collection")}); field ids ascending.
     */
    default EngineException loadFieldsChanged(List<Long> loadedIds, List<Long> requestedIds) {
        return invalidParameter("can't change the load field list for loaded collection: invalid parameter[expected="
                + GoFormat.list(loadedIds) + "][actual=" + GoFormat.list(requestedIds) + "]");
    }

    /**
     * Insert data of a dense or binary vector field whose dim is not the schema's. Through Milvus
     * 2.3 the proxy compares the dims ({@code the dim (5) of field data(vec) is not equal to schema
     * dim (8)}); Milvus 2.6 first counts the rows of the data by the schema's dim, so data whose
     * length the schema's dim does not divide is refused in those words (docs/profiles.md row 47).
     *
     * @param elements the data's length in the unit its refusal counts (floats, bits, bytes of a
     *     half-precision vector, int8 values)
     */
    default EngineException vectorDimMismatch(String field, DataType type, int dataDim, int schemaDim, long elements) {
        return invalidParameter("the dim (" + dataDim + ") of field data(" + field + ") is not equal to schema dim ("
                + schemaDim + ")");
    }

    /**
     * An insert that gives the primary key of an {@code auto_id} collection: refused by Milvus 2.3's
     * {@code checkPrimaryFieldData}; Milvus 2.6 counts the generated key as one more column in
     * {@code checkFieldsDataBySchema} (docs/profiles.md row 48).
     *
     * @param expected the schema's columns (the dynamic field not counted)
     * @param actual the columns given plus the ones the server generates
     */
    default EngineException autoIdKeyGiven(String field, long expected, long actual) {
        return invalidParameter("can not assign primary field data when auto id enabled " + field);
    }

    /**
     * DescribeCollection of a collection that does not exist (docs/profiles.md row 49): the profile's
     * not-found; Milvus 2.4+'s describe task rewrites it to {@code can't find collection[database=%s][collection=%s]}
     * "for compatibility with PyMilvus" (internal/proxy/task.go), which pymilvus passes on to every
     * MilvusClient call that reads the schema first (insert, upsert).
     */
    default EngineException describedCollectionNotFound(String name) {
        return collectionNotFound(name);
    }

    /**
     * Whether a Delete's answer lists the primary keys it deleted (docs/profiles.md row 50). Milvus
     * 2.4+'s delete runner answers the count only (an empty {@code IDs}); pymilvus 3's
     * {@code MilvusClient.delete} then returns {@code {"delete_count": n}} rather than the keys.
     */
    default boolean deleteAnswersKeys() {
        return true;
    }

    /**
     * ReleasePartitions with no partition names (docs/profiles.md row 46): legacy UnexpectedError
     * {@code partitionIDs are empty} through Milvus 2.3; 2.6's query coordinator checks the list
     * ({@code merr.WrapErrParameterInvalid("any partition", "empty partition list")}).
     */
    default EngineException emptyReleaseList() {
        return unexpected("partitionIDs are empty");
    }

    /** An output field a partial load left out ({@code translateOutputFields}, {@code internal/proxy/util.go}). */
    default EngineException outputFieldNotLoaded(String name) {
        return invalidParameter("field " + name + " is not loaded");
    }

    /** An output key of the dynamic field when {@code skip_load_dynamic_field} left it out (same function). */
    default EngineException dynamicOutputNotLoaded(String key) {
        return invalidParameter("field " + key + " cannot be returned since dynamic field not loaded");
    }

    /**
     * A search on a vector field a partial load left out; Milvus's Go client test
     * {@code TestLoadPartialFields} ({@code tests/go_client/testcases/load_release_test.go}) reads it.
     */
    default EngineException annsFieldNotLoaded(String name) {
        return invalidParameter("ann field \"" + name + "\" not loaded");
    }
}
