package io.partita.server.lifecycle;

import io.partita.server.model.DataType;
import io.partita.server.model.EngineException;
import io.partita.server.model.ErrorCodes;
import io.partita.server.model.Profile;
import java.util.List;

/**
 * Milvus 2.6 (3.0 did not change these rules): the cascading load and release rules of 2.3, with the
 * differences read from Milvus's source at its 2.6 line:
 *
 * <ul>
 *   <li>a missing collection names its database: {@code collection not found[database=default][collection=%s]}
 *       ({@code pkg/util/merr}, {@code WrapErrCollectionNotFoundWithDB}, used by the proxy's meta cache);
 *   <li>CreatePartition of a name that exists is an idempotent success ({@code internal/rootcoord/
 *       create_partition_task.go}: "add duplicate partition" returns nil);
 *   <li>DropPartition of a name that does not exist is an idempotent success (the proxy's drop-partition task
 *       answers success for a partition it cannot find; Milvus's own test
 *       {@code test_milvus_client_drop_partition_not_exist_partition} expects it);
 *   <li>at most {@code rootCoord.maxPartitionNum} = 1024 partitions, refused with {@code partition number (%d)
 *       exceeds max configuration (%d), collection: %s} ({@code create_partition_task.go}).
 * </ul>
 *
 * Load and replica rules are 2.3's ({@code internal/querycoordv2/job/job_load.go} keeps "can't change the
 * replica number for loaded collection/partitions" wrapped as an invalid parameter).
 */
final class Milvus26Profile extends Milvus23Profile {
    /** {@code rootCoord.maxPartitionNum}'s default in Milvus 2.6. */
    private static final int MAX_PARTITIONS = 1024;

    /** Partita serves one database until databases arrive; Milvus names it in not-found reasons. */
    private static final String DATABASE = "default";

    /** Row 54: JSON path indexes, as Milvus 2.5+ builds them. */
    @Override
    public boolean acceptsJsonPathIndexes() {
        return true;
    }

    /**
     * Milvus 2.6's text, code 65535 ({@code internal/proxy/task_index.go}; what Milvus's own tests
     * {@code test_index.py} and {@code test_milvus_client_json_path_index_not_exist_field_non_dynamic}
     * expect).
     */
    @Override
    public EngineException indexFieldNotFound(String name) {
        return unexpected("cannot create index on non-exist field: " + name);
    }

    /**
     * The search and hybrid-search tasks wrap the planner's error ({@code internal/proxy/task_search.go},
     * {@code task_hybrid_search.go}: "failed to create query plan", merr's ": invalid parameter"), the
     * text Milvus's own search-iterator and hybrid-search tests expect.
     */
    @Override
    public EngineException annsFieldNotFound(String name) {
        return invalidParameter("failed to create query plan: failed to get field schema by name: fieldName(" + name
                + ") not found: invalid parameter");
    }

    /**
     * Milvus 2.5+ sorts sealed segments by primary key and merges every retrieve by the smallest
     * key ({@code typeutil.SelectMinPK} in the query node's and the proxy's reduce), so a query with a
     * limit answers the smallest keys in order: pymilvus 3's query iterator seeks an {@code offset}
     * with such a query (iterator off) and resumes after its last key.
     */
    @Override
    public boolean limitedQueriesInKeyOrder() {
        return true;
    }

    /**
     * Milvus 2.6 refuses it in segcore, code 999 (what Milvus's own
     * {@code test_search_group_by_supported_binary_vector} expects).
     */
    @Override
    public EngineException groupByOnBinaryVectors() {
        return merr(
                ErrorCodes.CODE_SEGCORE_UNSUPPORTED,
                "not support search_group_by operation based on binary vector column");
    }

    @Override
    public Profile profile() {
        return Profile.MILVUS_2_6;
    }

    @Override
    public EngineException collectionNotFound(String name) {
        return merr(
                ErrorCodes.CODE_COLLECTION_NOT_FOUND,
                "collection not found[database=" + DATABASE + "][collection=" + name + "]");
    }

    @Override
    public EngineException describedCollectionNotFound(String name) {
        return merr(
                ErrorCodes.CODE_COLLECTION_NOT_FOUND,
                "can't find collection[database=" + DATABASE + "][collection=" + name + "]");
    }

    @Override
    public void checkCreateExistingPartition(String name) {
        // idempotent success: the partition stays as it is
    }

    @Override
    public void checkDropMissingPartition(String name) {
        // idempotent success: there is nothing to drop
    }

    /**
     * Collection names and aliases are checked by {@code validateCollectionNameOrAlias}
     * ({@code internal/proxy/util.go}), whose 2.4+ texts start the rule in lower case and end with
     * merr's {@code ": invalid parameter"} — the texts Milvus's MilvusClient partition tests
     * expect ({@code Invalid collection name: 12-s. the first character of a collection name must
     * be an underscore or letter: invalid parameter}). Partition and field names keep the older
     * capitalized wording ({@code validatePartitionTag}, {@code validateFieldName}).
     */
    @Override
    public String invalidName(String kind, String prefix, String rule) {
        if (!kind.equals("collection") && !kind.equals("alias")) {
            return super.invalidName(kind, prefix, rule);
        }
        String r = rule.endsWith(".") ? rule.substring(0, rule.length() - 1) : rule;
        return prefix + Character.toLowerCase(r.charAt(0)) + r.substring(1) + ": invalid parameter";
    }

    /** The 2.6 proxy validates names in PreExecute, before the meta cache looks them up. */
    /** {@code funcutil.GetNumRowsOf*VectorField}'s texts, checked before the dims are compared. */
    @Override
    public EngineException vectorDimMismatch(String field, DataType type, int dataDim, int schemaDim, long elements) {
        String divides = switch (type) {
            case FLOAT_VECTOR ->
                elements % schemaDim == 0
                        ? null
                        : "the length(" + elements + ") of float data should divide the dim(" + schemaDim + ")";
            case BINARY_VECTOR ->
                elements % schemaDim == 0
                        ? null
                        : "the num(" + elements + ") of all bits should divide the dim(" + schemaDim + ")";
            case FLOAT16_VECTOR, BFLOAT16_VECTOR ->
                elements % (2L * schemaDim) == 0
                        ? null
                        : "the length(" + elements + ") of "
                                + (type == DataType.FLOAT16_VECTOR ? "float16" : "bfloat16")
                                + " data should divide the dim(" + schemaDim + ")";
            case INT8_VECTOR ->
                elements % schemaDim == 0
                        ? null
                        : "the length(" + elements + ") of int8 data should divide the dim(" + schemaDim + ")";
            default -> null;
        };
        return divides != null
                ? invalidParameter(divides)
                : super.vectorDimMismatch(field, type, dataDim, schemaDim, elements);
    }

    @Override
    public EngineException autoIdKeyGiven(String field, long expected, long actual) {
        return invalidParameter(
                "more fieldData has pass in: invalid parameter[expected=" + expected + "][actual=" + actual + "]");
    }

    @Override
    public boolean deleteAnswersKeys() {
        return false;
    }

    /**
     * A search of nothing loaded carries the proxy's "failed to search: " (the texts Milvus's
     * MilvusClient search-load tests look for); a query keeps the plain text.
     */
    @Override
    public EngineException collectionNotLoaded(
            String collectionName, long collectionId, List<String> partitionNames, boolean query) {
        EngineException plain = super.collectionNotLoaded(collectionName, collectionId, partitionNames, query);
        return query
                ? plain
                : new EngineException(
                        plain.legacyCode(), plain.code(), "failed to search: " + plain.reason(), plain.retriable());
    }

    @Override
    public EngineException emptyReleaseList() {
        return invalidParameter("invalid parameter[expected=any partition][actual=empty partition list]");
    }

    /**
     * Nullable vector fields (profiles.md row 53): Milvus 2.6's proxy no longer refuses them in
     * {@code checkFieldSchema}; its {@code validate_util.go} counts a nullable vector column's rows
     * by its valid_data ({@code getExpectedVectorRows}), the vectors of the valid rows only.
     */
    @Override
    public boolean acceptsNullableVectors() {
        return true;
    }

    /**
     * Segcore's refusal (internal/core/src/exec/operator/groupby, {@code unsupported data type {}
     * for group by operator}), naming the type as segcore's DataType does (FLOAT, GEOMETRY,
     * VECTOR_FLOAT, ...).
     */
    @Override
    public EngineException groupByTypeUnsupported(DataType type, String field) {
        String segcore = switch (type) {
            case FLOAT_VECTOR -> "VECTOR_FLOAT";
            case BINARY_VECTOR -> "VECTOR_BINARY";
            case FLOAT16_VECTOR -> "VECTOR_FLOAT16";
            case BFLOAT16_VECTOR -> "VECTOR_BFLOAT16";
            case SPARSE_FLOAT_VECTOR -> "VECTOR_SPARSE_FLOAT";
            case INT8_VECTOR -> "VECTOR_INT8";
            default -> type.name();
        };
        return merr(ErrorCodes.CODE_SEGCORE_UNSUPPORTED, "unsupported data type " + segcore + " for group by operator");
    }

    /** GEOMETRY (24) and TIMESTAMPTZ (26) fields, Milvus 2.6's schemapb types. */
    @Override
    public boolean acceptsGeometryAndTimestamptz() {
        return true;
    }

    @Override
    public boolean acceptsStructArrays() {
        return true;
    }

    /** Milvus 2.6's partial upsert (internal/proxy/task_upsert.go, PR milvus-io/milvus#42877). */
    @Override
    public boolean partialUpserts() {
        return true;
    }

    @Override
    public String defaultFloatMetric() {
        return "COSINE";
    }

    @Override
    public boolean validatesNamesBeforeLookup() {
        return true;
    }

    /**
     * {@code load_fields} and {@code skip_load_dynamic_field} (milvus.proto LoadCollectionRequest 7/8,
     * LoadPartitionsRequest 8/9, since 2.5): only those fields are resident and charged; the rules
     * and texts are in {@link LifecycleProfile}'s defaults, each naming where Milvus has it.
     */
    @Override
    public boolean partialLoads() {
        return true;
    }

    @Override
    public int maxPartitions() {
        return MAX_PARTITIONS;
    }

    @Override
    public EngineException tooManyPartitions(String collectionName, int partitionCount) {
        return unexpected("partition number (" + partitionCount + ") exceeds max configuration (" + MAX_PARTITIONS
                + "), collection: " + collectionName);
    }

    /** {@code common.DefaultPartitionsWithPartitionKey} = 16 ({@code pkg/common/common.go}). */
    @Override
    public long defaultPartitionKeyPartitions() {
        return 16;
    }
}
