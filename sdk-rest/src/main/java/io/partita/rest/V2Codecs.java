package io.partita.rest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.partita.model.BoolResponse;
import io.partita.model.DataType;
import io.partita.model.DescribeAliasResponse;
import io.partita.model.DescribeDatabaseResponse;
import io.partita.model.ErrorCode;
import io.partita.model.GetCollectionStatisticsResponse;
import io.partita.model.GetLoadStateResponse;
import io.partita.model.GetPartitionStatisticsResponse;
import io.partita.model.IDs;
import io.partita.model.KeyValuePair;
import io.partita.model.ListAliasesResponse;
import io.partita.model.ListCredUsersResponse;
import io.partita.model.ListDatabasesResponse;
import io.partita.model.LoadState;
import io.partita.model.LongArray;
import io.partita.model.MutationResult;
import io.partita.model.Status;
import io.partita.model.StringArray;
import io.partita.param.collection.CreateCollectionParam;
import io.partita.param.collection.FieldType;
import io.partita.transport.Operations;
import io.partita.transport.TransportException;
import java.util.Map;

/**
 * The RESTful v2 codecs ({@code POST /v2/vectordb/<category>/<action>}, Milvus 2.4+): every
 * operation that RESTful v2 can express goes there with Milvus's camelCase body, and its
 * {@code {"code":…,"data":…}} answer becomes the same Partita response value the other
 * transports return. ShowCollections and ShowPartitions keep {@code /api/v1}: RESTful v2's
 * {@code list} answers names only, without the IDs, timestamps and in-memory percentages those
 * calls answer. RESTful v2 answers carry only the 2.3+ {@code code}; the legacy
 * {@code error_code} is derived from it as Milvus's {@code merr.oldCode} derives it
 * (pkg/util/merr/utils.go). What RESTful v2 cannot express (a replica number other than 1, in-memory
 * percentages, data operations whose answers v2 reshapes into rows, progress and segment
 * information) falls back to the {@code /api/v1} codec of the same operation. Stateless.
 */
final class V2Codecs {
    static final String PREFIX = "/v2/vectordb";

    private V2Codecs() {}

    /** @return the {@code /api/v1} table with RESTful v2 codecs in front of it */
    static CodecTable table(CodecTable v1) {
        CodecTable t = new CodecTable();
        collections(t, v1);
        partitions(t, v1);
        aliasesIndexesUsers(t);
        databases(t);
        entities(t);
        V2ResourceGroupCodecs.register(t);
        V2RoleCodecs.register(t, v1);
        V2PrivilegeGroupCodecs.register(t);
        return t.fallingBackTo(v1);
    }

    /**
     * @return the {@code /api/v1} table with the RESTful v2 codecs of what the 2.1 API has no route
     *     for (HybridSearch) in front of it: those go to RESTful v2 in either mode
     */
    static CodecTable beyondV1(CodecTable v1) {
        CodecTable t = new CodecTable();
        V2HybridSearchCodec.register(t, v1.get(Operations.DESCRIBE_COLLECTION));
        return t.fallingBackTo(v1);
    }

    private static void collections(CodecTable t, CodecTable v1) {
        Codec<io.partita.param.collection.CreateCollectionParam, Status> createV1 =
                v1.get(Operations.CREATE_COLLECTION);
        t.put(
                Operations.CREATE_COLLECTION,
                (http, p, db) -> !p.getFunctions().isEmpty()
                        ? createV1.call(http, p, db) // the reference server's collections/create takes no functions
                        : status(http.post(PREFIX + "/collections/create", create(p, db))));
        t.put(
                Operations.DROP_COLLECTION,
                (http, p, db) -> status(http.post(PREFIX + "/collections/drop", named(db, p.getCollectionName()))));
        t.put(
                Operations.HAS_COLLECTION,
                (http, p, db) -> has(http.post(PREFIX + "/collections/has", named(db, p.getCollectionName()))));
        Codec<io.partita.param.collection.LoadCollectionParam, Status> loadV1 = v1.get(Operations.LOAD_COLLECTION);
        t.put(
                Operations.LOAD_COLLECTION,
                (http, p, db) -> !plainLoad(p)
                        ? loadV1.call(http, p, db) // the reference server's collections/load takes only names
                        : status(http.post(PREFIX + "/collections/load", named(db, p.getCollectionName()))));
        t.put(
                Operations.RELEASE_COLLECTION,
                (http, p, db) -> status(http.post(PREFIX + "/collections/release", named(db, p.getCollectionName()))));
        // handler_v2.go addCollectionField; a default value has no RESTful v2 spelling on the
        // reference server's route, so such a field goes nowhere rather than losing its default
        t.put(Operations.ADD_COLLECTION_FIELD, (http, p, db) -> {
            if (p.getFieldType().getDefaultValue() != null) {
                throw io.partita.transport.TransportException.unsupported(
                        "AddCollectionField of a field with a default value", "RESTful v2");
            }
            return status(http.post(
                    PREFIX + "/collections/fields/add",
                    Body.v2(db)
                            .str("collectionName", p.getCollectionName())
                            .add("schema", field(p.getFieldType()))
                            .json()));
        });
        t.put(Operations.GET_COLLECTION_STATISTICS, (http, p, db) -> {
            JsonObject a = http.post(PREFIX + "/collections/get_stats", named(db, p.getCollectionName()));
            GetCollectionStatisticsResponse.Builder b =
                    GetCollectionStatisticsResponse.newBuilder().setStatus(status(a));
            rowCount(a).ifPresent(b::addStats);
            return b.build();
        });
        t.put(Operations.GET_LOAD_STATE, (http, p, db) -> {
            JsonObject a = http.post(
                    PREFIX + "/collections/get_load_state",
                    Body.v2(db)
                            .str("collectionName", p.getCollectionName())
                            .strs("partitionNames", p.getPartitionNames())
                            .json());
            GetLoadStateResponse.Builder b = GetLoadStateResponse.newBuilder().setStatus(status(a));
            if (a.get("data") != null && a.get("data").isJsonObject()) {
                String state = JsonValues.str(a.getAsJsonObject("data"), "loadState");
                for (LoadState s : LoadState.values()) {
                    if (s.name().equals(state)) {
                        b.setState(s);
                    }
                }
            }
            return b.build();
        });
    }

    /**
     * {@code entities/upsert}: the typed columns as rows; the answer's {@code upsertCount} and
     * {@code upsertIds} (handler_v2.go upsert) become the MutationResult gRPC answers. Insert,
     * delete and the reads keep {@code /api/v1}: their answers are the column shapes already.
     */
    private static void entities(CodecTable t) {
        t.put(Operations.UPSERT, (http, p, db) -> {
            Body body = Body.v2(db)
                    .str("collectionName", p.getCollectionName())
                    .str("partitionName", p.getPartitionName())
                    .add("data", FieldDataCodec.rows(p.getFields(), p.getRowCount()));
            if (p.isPartialUpdate()) {
                body.bool("partialUpdate", true); // handler_v2.go UpsertReq (Milvus 2.6)
            }
            JsonObject a = http.post(PREFIX + "/entities/upsert", body.json());
            MutationResult.Builder b = MutationResult.newBuilder().setStatus(status(a));
            JsonElement d = a.get("data");
            if (d != null && d.isJsonObject()) {
                JsonObject data = d.getAsJsonObject();
                b.setUpsertCnt(JsonValues.integer(data, "upsertCount"));
                JsonElement ids = data.get("upsertIds");
                if (ids != null && ids.isJsonArray()) {
                    b.setIDs(ids(ids.getAsJsonArray()));
                }
            }
            return b.build();
        });
    }

    /** RESTful v2's id list: JSON numbers are Int64 keys, strings VarChar keys. */
    private static IDs ids(JsonArray ids) {
        boolean strings = !ids.isEmpty() && ids.get(0).getAsJsonPrimitive().isString();
        if (strings) {
            StringArray.Builder s = StringArray.newBuilder();
            ids.forEach(e -> s.addData(e.getAsString()));
            return IDs.newBuilder().setStrId(s.build()).build();
        }
        LongArray.Builder l = LongArray.newBuilder();
        ids.forEach(e -> l.addData(e.getAsLong()));
        return IDs.newBuilder().setIntId(l.build()).build();
    }

    private static void partitions(CodecTable t, CodecTable v1) {
        t.put(
                Operations.CREATE_PARTITION,
                (http, p, db) -> status(http.post(
                        PREFIX + "/partitions/create", partition(db, p.getCollectionName(), p.getPartitionName()))));
        t.put(
                Operations.DROP_PARTITION,
                (http, p, db) -> status(http.post(
                        PREFIX + "/partitions/drop", partition(db, p.getCollectionName(), p.getPartitionName()))));
        t.put(
                Operations.HAS_PARTITION,
                (http, p, db) -> has(http.post(
                        PREFIX + "/partitions/has", partition(db, p.getCollectionName(), p.getPartitionName()))));
        Codec<io.partita.param.partition.LoadPartitionsParam, Status> loadV1 = v1.get(Operations.LOAD_PARTITIONS);
        t.put(
                Operations.LOAD_PARTITIONS,
                (http, p, db) -> !plainLoad(p)
                        ? loadV1.call(http, p, db) // the reference server's partitions/load takes only names
                        : status(http.post(
                                PREFIX + "/partitions/load",
                                partitions(db, p.getCollectionName(), p.getPartitionNames()))));
        t.put(
                Operations.RELEASE_PARTITIONS,
                (http, p, db) -> status(http.post(
                        PREFIX + "/partitions/release", partitions(db, p.getCollectionName(), p.getPartitionNames()))));
        t.put(Operations.GET_PARTITION_STATISTICS, (http, p, db) -> {
            JsonObject a = http.post(
                    PREFIX + "/partitions/get_stats", partition(db, p.getCollectionName(), p.getPartitionName()));
            GetPartitionStatisticsResponse.Builder b =
                    GetPartitionStatisticsResponse.newBuilder().setStatus(status(a));
            rowCount(a).ifPresent(b::addStats);
            return b.build();
        });
    }

    private static void aliasesIndexesUsers(CodecTable t) {
        t.put(
                Operations.CREATE_ALIAS,
                (http, p, db) ->
                        status(http.post(PREFIX + "/aliases/create", alias(db, p.getCollectionName(), p.getAlias()))));
        t.put(
                Operations.ALTER_ALIAS,
                (http, p, db) ->
                        status(http.post(PREFIX + "/aliases/alter", alias(db, p.getCollectionName(), p.getAlias()))));
        // handler_v2.go describeAlias / listAlias: {"dbName","collectionName","aliasName"} and a name list
        t.put(Operations.DESCRIBE_ALIAS, (http, p, db) -> {
            JsonObject a = http.post(
                    PREFIX + "/aliases/describe",
                    Body.v2(db).str("aliasName", p.getAlias()).json());
            DescribeAliasResponse.Builder b = DescribeAliasResponse.newBuilder().setStatus(status(a));
            JsonElement d = a.get("data");
            if (d != null && d.isJsonObject()) {
                JsonObject o = d.getAsJsonObject();
                b.setDbName(text(o, "dbName")).setAlias(text(o, "aliasName")).setCollection(text(o, "collectionName"));
            }
            return b.build();
        });
        t.put(Operations.LIST_ALIASES, (http, p, db) -> {
            JsonObject a = http.post(PREFIX + "/aliases/list", named(db, p.getCollectionName()));
            return ListAliasesResponse.newBuilder()
                    .setStatus(status(a))
                    .setDbName(db)
                    .setCollectionName(p.getCollectionName())
                    .addAllAliases(names(a))
                    .build();
        });
        t.put(
                Operations.DROP_ALIAS,
                (http, p, db) -> status(http.post(
                        PREFIX + "/aliases/drop",
                        Body.v2(db).str("aliasName", p.getAlias()).json())));
        t.put(Operations.CREATE_INDEX, (http, p, db) -> {
            Body index = Body.of("")
                    .str("fieldName", p.getFieldName())
                    .str("indexName", p.getIndexName())
                    .str(
                            "metricType",
                            p.getMetricType() == null ? "" : p.getMetricType().name())
                    .str(
                            "indexType",
                            p.getIndexType() == null ? "" : p.getIndexType().name());
            if (p.getExtraParam() != null && !p.getExtraParam().isBlank()) {
                index.add("params", com.google.gson.JsonParser.parseString(p.getExtraParam()));
            }
            JsonArray params = new JsonArray();
            params.add(index.json());
            return status(http.post(
                    PREFIX + "/indexes/create",
                    Body.v2(db)
                            .str("collectionName", p.getCollectionName())
                            .add("indexParams", params)
                            .json()));
        });
        t.put(
                Operations.DROP_INDEX,
                (http, p, db) -> status(http.post(
                        PREFIX + "/indexes/drop",
                        Body.v2(db)
                                .str("collectionName", p.getCollectionName())
                                .str(
                                        "indexName",
                                        p.getIndexName() == null
                                                        || p.getIndexName().isEmpty()
                                                ? p.getFieldName()
                                                : p.getIndexName())
                                .json())));
        // Milvus 2.6 takes an optional "description" on both routes (see the reference server's
        // VectordbApi); a description-only change has no RESTful v2 route that Partita knows of
        t.put(
                Operations.CREATE_CREDENTIAL,
                (http, p, db) -> status(http.post(
                        PREFIX + "/users/create",
                        Body.of("")
                                .str("userName", p.getUsername())
                                .str("password", p.getPassword())
                                .str("description", p.getDescription())
                                .json())));
        t.put(Operations.UPDATE_CREDENTIAL, (http, p, db) -> {
            if (p.isDescriptionOnly()) {
                throw TransportException.unsupported(
                        Operations.UPDATE_CREDENTIAL.getName() + " (description only)", "RESTful v2");
            }
            return status(http.post(
                    PREFIX + "/users/update_password",
                    Body.of("")
                            .str("userName", p.getUsername())
                            .str("password", p.getOldPassword())
                            .str("newPassword", p.getNewPassword())
                            .str("description", p.getDescription())
                            .json()));
        });
        t.put(
                Operations.DELETE_CREDENTIAL,
                (http, p, db) -> status(http.post(
                        PREFIX + "/users/drop",
                        Body.of("").str("userName", p.getUsername()).json())));
        t.put(Operations.LIST_CRED_USERS, (http, p, db) -> {
            JsonObject a = http.post(PREFIX + "/users/list", new JsonObject());
            return ListCredUsersResponse.newBuilder()
                    .setStatus(status(a))
                    .addAllUsernames(names(a))
                    .build();
        });
    }

    /**
     * handler_v2.go listDatabases / describeDatabase ({@code {"dbName"}}; the answer's data holds
     * {@code dbName}, {@code dbID} and {@code properties} as {@code [{"key","value"}]}). CreateDatabase,
     * DropDatabase and AlterDatabase keep the {@code /api/v1} codec, which answers UNIMPLEMENTED: the
     * reference server's RESTful v2 serves only these two database routes.
     */
    private static void databases(CodecTable t) {
        t.put(Operations.LIST_DATABASES, (http, p, db) -> {
            JsonObject a = http.post(PREFIX + "/databases/list", new JsonObject());
            return ListDatabasesResponse.newBuilder()
                    .setStatus(status(a))
                    .addAllDbNames(names(a))
                    .build();
        });
        t.put(Operations.DESCRIBE_DATABASE, (http, p, db) -> {
            JsonObject a = http.post(
                    PREFIX + "/databases/describe",
                    Body.of("").str("dbName", p.getDatabaseName()).json());
            DescribeDatabaseResponse.Builder b =
                    DescribeDatabaseResponse.newBuilder().setStatus(status(a));
            JsonElement d = a.get("data");
            if (d != null && d.isJsonObject()) {
                JsonObject o = d.getAsJsonObject();
                b.setDbName(text(o, "dbName"));
                if (o.has("dbID")) {
                    b.setDbID(JsonValues.lng(o, "dbID"));
                }
                JsonElement props = o.get("properties");
                if (props != null && props.isJsonArray()) {
                    for (JsonElement e : props.getAsJsonArray()) {
                        JsonObject kv = e.getAsJsonObject();
                        b.addProperties(KeyValuePair.newBuilder()
                                .setKey(text(kv, "key"))
                                .setValue(text(kv, "value"))
                                .build());
                    }
                }
            }
            return b.build();
        });
    }

    /** request_v2.go CollectionReq with a full schema (the param's fields, shards and consistency). */
    private static JsonObject create(CreateCollectionParam p, String db)
            throws io.partita.transport.TransportException {
        if (!p.getStructArrayFields().isEmpty()) {
            throw io.partita.transport.TransportException.unsupported(
                    "CreateCollection with struct array fields", "RESTful v2");
        }
        JsonArray fields = new JsonArray();
        boolean autoId = false;
        for (FieldType f : p.getFieldTypes()) {
            autoId |= f.isPrimaryKey() && f.isAutoID();
            fields.add(field(f));
        }
        JsonObject schema = Body.of("")
                .bool("autoId", autoId)
                .bool("enableDynamicField", p.isEnableDynamicField())
                .add("fields", fields)
                .json();
        JsonObject params = new JsonObject();
        params.addProperty("shardsNum", Integer.toString(p.getShardsNum()));
        if (p.getPartitionsNum() > 0) {
            params.addProperty("partitionsNum", Integer.toString(p.getPartitionsNum()));
        }
        if (p.getConsistencyLevel() != null) {
            // RESTful v2 names the level as common.proto's enum does: Strong, Session, Bounded, Eventually
            String level = p.getConsistencyLevel().name();
            params.addProperty(
                    "consistencyLevel", level.charAt(0) + level.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return Body.v2(db)
                .str("collectionName", p.getCollectionName())
                .str("description", p.getDescription())
                .add("schema", schema)
                .add("params", params)
                .json();
    }

    /** One field as RESTful v2 writes it in {@code schema.fields} (and as {@code collections/fields/add}'s {@code schema}). */
    private static JsonObject field(FieldType f) {
        JsonObject params = new JsonObject();
        for (Map.Entry<String, String> e : f.getTypeParams().entrySet()) {
            params.addProperty(e.getKey(), e.getValue());
        }
        Body field = Body.of("")
                .str("fieldName", f.getName())
                .str("dataType", v2TypeName(f.getDataType()))
                .bool("isPrimary", f.isPrimaryKey())
                .bool("isPartitionKey", f.isPartitionKey())
                .bool("nullable", f.isNullable())
                .str("description", f.getDescription())
                .add("elementTypeParams", params);
        if (f.getDataType() == DataType.Array) {
            field.str("elementDataType", v2TypeName(f.getElementType()));
        }
        return field.json();
    }

    private static String v2TypeName(DataType t) {
        return t.name();
    }

    // ---- answers ----

    /**
     * The status of a RESTful v2 answer: code 0 is success, and so is 200 without a
     * {@code message} (Milvus 2.4.0 answered success with HTTP's 200; 200 with a message is
     * merr's "partition not found"); any other code is a failure with its {@code message}, the
     * legacy code derived as {@code merr.oldCode} does.
     */
    /**
     * @return whether the load names nothing beyond its collection and partitions (one replica,
     *     every field, the default resource groups): such a load goes to RESTful v2's route, any
     *     other to {@code /api/v1}, whose body is the whole LoadCollectionRequest / LoadPartitionsRequest
     */
    private static boolean plainLoad(io.partita.param.SyncLoadParam p) {
        return p.getReplicaNumber() == 1
                && p.getLoadFields().isEmpty()
                && !p.isSkipLoadDynamicField()
                && p.getResourceGroups().isEmpty();
    }

    static Status status(JsonObject answer) {
        int code = JsonValues.integer(answer, "code");
        if (code == 0 || (code == 200 && !answer.has("message"))) {
            return Status.newBuilder().build();
        }
        return Status.newBuilder()
                .setErrorCodeValue(legacyCode(code))
                .setCode(code)
                .setReason(JsonValues.str(answer, "message"))
                .build();
    }

    /** Milvus's merr.oldCode: the legacy error_code a 2.3+ code stands for (pkg/util/merr/utils.go). */
    static int legacyCode(int code) {
        switch (code) {
            case 1:
                return ErrorCode.NotReadyServe.getNumber();
            case 100:
                return ErrorCode.CollectionNotExists.getNumber();
            case 1100:
            case 1101:
            case 1102:
                return ErrorCode.IllegalArgument.getNumber();
            case 200:
            case 400:
                return ErrorCode.MetaFailed.getNumber();
            case 700:
                return ErrorCode.IndexNotExist.getNumber();
            default:
                return ErrorCode.UnexpectedError.getNumber();
        }
    }

    private static String text(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? "" : e.getAsString();
    }

    private static BoolResponse has(JsonObject a) {
        BoolResponse.Builder b = BoolResponse.newBuilder().setStatus(status(a));
        JsonElement d = a.get("data");
        if (d != null && d.isJsonObject()) {
            b.setValue(JsonValues.bool(d.getAsJsonObject(), "has"));
        }
        return b.build();
    }

    static java.util.List<String> names(JsonObject a) {
        JsonElement d = a.get("data");
        java.util.List<String> out = new java.util.ArrayList<>();
        if (d != null && d.isJsonArray()) {
            for (JsonElement e : d.getAsJsonArray()) {
                if (!e.isJsonPrimitive()) {
                    throw new IllegalAnswerException("data must list names, got " + e);
                }
                out.add(e.getAsString());
            }
        }
        return out;
    }

    /** handler_v2.go wrapperReturnRowCount → the {@code row_count} stat the other transports answer. */
    private static java.util.Optional<KeyValuePair> rowCount(JsonObject a) {
        JsonElement d = a.get("data");
        if (d == null || !d.isJsonObject() || !d.getAsJsonObject().has("rowCount")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(KeyValuePair.newBuilder()
                .setKey("row_count")
                .setValue(Long.toString(JsonValues.lng(d.getAsJsonObject(), "rowCount")))
                .build());
    }

    // ---- bodies ----

    private static JsonObject named(String db, String collection) {
        return Body.v2(db).str("collectionName", collection).json();
    }

    private static JsonObject partition(String db, String collection, String partition) {
        return Body.v2(db)
                .str("collectionName", collection)
                .str("partitionName", partition)
                .json();
    }

    private static JsonObject partitions(String db, String collection, java.util.List<String> partitions) {
        return Body.v2(db)
                .str("collectionName", collection)
                .strs("partitionNames", partitions)
                .json();
    }

    private static JsonObject alias(String db, String collection, String alias) {
        return Body.v2(db)
                .str("collectionName", collection)
                .str("aliasName", alias)
                .json();
    }
}
