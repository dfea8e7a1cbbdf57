package io.partita.server.http;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import io.grpc.StatusRuntimeException;
import io.partita.server.grpc.MilvusServiceAdapter;
import io.partita.server.grpc.ServerRpc;
import io.partita.server.model.ErrorCodes;
import io.partita.server.model.Reasons;
import io.partita.wire.AddCollectionFieldRequest;
import io.partita.wire.AlterAliasRequest;
import io.partita.wire.AlterCollectionRequest;
import io.partita.wire.BoolResponse;
import io.partita.wire.CollectionSchema;
import io.partita.wire.ConsistencyLevel;
import io.partita.wire.CreateAliasRequest;
import io.partita.wire.CreateCollectionRequest;
import io.partita.wire.CreateCredentialRequest;
import io.partita.wire.CreateIndexRequest;
import io.partita.wire.CreatePartitionRequest;
import io.partita.wire.CreatePrivilegeGroupRequest;
import io.partita.wire.CreateResourceGroupRequest;
import io.partita.wire.CreateRoleRequest;
import io.partita.wire.DataType;
import io.partita.wire.DeleteCredentialRequest;
import io.partita.wire.DeleteRequest;
import io.partita.wire.DescribeAliasRequest;
import io.partita.wire.DescribeAliasResponse;
import io.partita.wire.DescribeCollectionRequest;
import io.partita.wire.DescribeCollectionResponse;
import io.partita.wire.DescribeDatabaseRequest;
import io.partita.wire.DescribeDatabaseResponse;
import io.partita.wire.DescribeIndexRequest;
import io.partita.wire.DescribeIndexResponse;
import io.partita.wire.DescribeResourceGroupRequest;
import io.partita.wire.DescribeResourceGroupResponse;
import io.partita.wire.DropAliasRequest;
import io.partita.wire.DropCollectionRequest;
import io.partita.wire.DropIndexRequest;
import io.partita.wire.DropPartitionRequest;
import io.partita.wire.DropPrivilegeGroupRequest;
import io.partita.wire.DropResourceGroupRequest;
import io.partita.wire.DropRoleRequest;
import io.partita.wire.FieldData;
import io.partita.wire.FieldSchema;
import io.partita.wire.GetCollectionStatisticsRequest;
import io.partita.wire.GetCollectionStatisticsResponse;
import io.partita.wire.GetLoadStateRequest;
import io.partita.wire.GetLoadStateResponse;
import io.partita.wire.GetLoadingProgressRequest;
import io.partita.wire.GetLoadingProgressResponse;
import io.partita.wire.GetPartitionStatisticsRequest;
import io.partita.wire.GetPartitionStatisticsResponse;
import io.partita.wire.GrantEntity;
import io.partita.wire.GrantorEntity;
import io.partita.wire.HasCollectionRequest;
import io.partita.wire.HasPartitionRequest;
import io.partita.wire.HybridSearchRequest;
import io.partita.wire.IndexDescription;
import io.partita.wire.InsertRequest;
import io.partita.wire.KeyValuePair;
import io.partita.wire.ListAliasesRequest;
import io.partita.wire.ListAliasesResponse;
import io.partita.wire.ListCredUsersRequest;
import io.partita.wire.ListCredUsersResponse;
import io.partita.wire.ListDatabasesRequest;
import io.partita.wire.ListDatabasesResponse;
import io.partita.wire.ListPrivilegeGroupsRequest;
import io.partita.wire.ListPrivilegeGroupsResponse;
import io.partita.wire.ListResourceGroupsRequest;
import io.partita.wire.ListResourceGroupsResponse;
import io.partita.wire.LoadCollectionRequest;
import io.partita.wire.LoadPartitionsRequest;
import io.partita.wire.LoadState;
import io.partita.wire.MutationResult;
import io.partita.wire.ObjectEntity;
import io.partita.wire.OperatePrivilegeGroupRequest;
import io.partita.wire.OperatePrivilegeGroupType;
import io.partita.wire.OperatePrivilegeRequest;
import io.partita.wire.OperatePrivilegeType;
import io.partita.wire.OperatePrivilegeV2Request;
import io.partita.wire.OperateUserRoleRequest;
import io.partita.wire.OperateUserRoleType;
import io.partita.wire.PlaceholderGroup;
import io.partita.wire.PlaceholderType;
import io.partita.wire.PlaceholderValue;
import io.partita.wire.PrivilegeEntity;
import io.partita.wire.PrivilegeGroupInfo;
import io.partita.wire.QueryRequest;
import io.partita.wire.QueryResults;
import io.partita.wire.ReleaseCollectionRequest;
import io.partita.wire.ReleasePartitionsRequest;
import io.partita.wire.RenameCollectionRequest;
import io.partita.wire.ResourceGroupConfig;
import io.partita.wire.ResourceGroupLimit;
import io.partita.wire.ResourceGroupNodeFilter;
import io.partita.wire.ResourceGroupTransfer;
import io.partita.wire.RoleEntity;
import io.partita.wire.RoleResult;
import io.partita.wire.SearchRequest;
import io.partita.wire.SearchResultData;
import io.partita.wire.SearchResults;
import io.partita.wire.SelectGrantRequest;
import io.partita.wire.SelectGrantResponse;
import io.partita.wire.SelectRoleRequest;
import io.partita.wire.SelectRoleResponse;
import io.partita.wire.SelectUserRequest;
import io.partita.wire.SelectUserResponse;
import io.partita.wire.ShowCollectionsRequest;
import io.partita.wire.ShowCollectionsResponse;
import io.partita.wire.ShowPartitionsRequest;
import io.partita.wire.ShowPartitionsResponse;
import io.partita.wire.Status;
import io.partita.wire.TransferReplicaRequest;
import io.partita.wire.UpdateCredentialRequest;
import io.partita.wire.UpdateResourceGroupsRequest;
import io.partita.wire.UpsertRequest;
import io.partita.wire.UserEntity;
import io.partita.wire.UserResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Milvus's RESTful v2 API ({@code POST /v2/vectordb/<category>/<action>}, Milvus 2.4+), translated
 * onto the same RPC declarations the gRPC port and {@code /api/v1} serve, in-process: each route
 * builds the RPC's request message from the camelCase body, calls the declaration, and prints
 * Milvus's v2 answer {@code {"code":0,"data":...}} or {@code {"code":N,"message":"..."}}. Shapes,
 * defaults and codes follow Milvus's internal/distributed/proxy/httpserver/handler_v2.go,
 * request_v2.go and constant.go. No rule lives here: the service decides. Immutable and
 * thread-safe.
 */
final class VectordbApi {
    static final String PREFIX = "/v2/vectordb";

    /** One route: the body in, the answer's {@code data} out. */
    @FunctionalInterface
    interface Handler {
        JsonElement handle(Call call) throws V2Error;
    }

    /**
     * One request: its body, its database, how it wants 64-bit integers, and the members its
     * answer carries beside {@code code} and {@code data} (the {@code topks} of a search).
     */
    record Call(V2Body body, String db, boolean int64AsNumber, JsonObject beside) {}

    private final MilvusServiceAdapter service;
    private final Map<String, Handler> routes = new LinkedHashMap<>();

    VectordbApi(MilvusServiceAdapter service) {
        this.service = service;
        collections();
        partitions();
        entities();
        indexes();
        aliases();
        databasesAndUsers();
        rolesAndGrants();
        privilegeGroups();
        resourceGroups();
        refusedJobs();
    }

    /** @return the handler of the path below {@link #PREFIX}, e.g. {@code /partitions/release}, or null */
    Handler find(String path) {
        return routes.get(path);
    }

    /** @return every path below {@link #PREFIX}, in declaration order */
    Set<String> paths() {
        return routes.keySet();
    }

    /** Answers one request: the whole JSON text of the answer. */
    String answer(Handler h, JsonObject body, boolean int64AsNumber) {
        JsonObject out = new JsonObject();
        try {
            V2Body b = new V2Body(body);
            JsonObject beside = new JsonObject();
            JsonElement data = h.handle(new Call(b, b.db(), int64AsNumber, beside));
            out.addProperty("code", 0);
            out.add("data", data);
            beside.entrySet().forEach(e -> out.add(e.getKey(), e.getValue()));
        } catch (V2Error e) {
            return error(e.code(), e.getMessage());
        }
        return out.toString();
    }

    /** Milvus's v2 error body. */
    static String error(int code, String message) {
        JsonObject out = new JsonObject();
        out.addProperty("code", code);
        out.addProperty("message", Reasons.bounded(message));
        return out.toString();
    }

    // ---- collections ----

    private void collections() {
        routes.put(
                "/collections/list",
                c -> strings(this.<ShowCollectionsResponse>call(ShowCollectionsRequest.newBuilder()
                                .setDbName(c.db())
                                .build())
                        .getCollectionNamesList()));
        routes.put("/collections/has", c -> has(call(request(c, HasCollectionRequest.newBuilder(), "collectionName"))));
        routes.put("/collections/describe", this::describeCollection);
        routes.put(
                "/collections/get_stats",
                c -> rowCount(this.<GetCollectionStatisticsResponse>call(
                                request(c, GetCollectionStatisticsRequest.newBuilder(), "collectionName"))
                        .getStatsList()));
        routes.put("/collections/get_load_state", this::loadState);
        routes.put("/collections/create", this::createCollection);
        routes.put(
                "/collections/drop",
                c -> empty(call(request(c, DropCollectionRequest.newBuilder(), "collectionName"))));
        routes.put(
                "/collections/rename",
                c -> empty(call(RenameCollectionRequest.newBuilder()
                        .setDbName(c.db())
                        .setOldName(c.body().required("collectionName"))
                        .setNewName(c.body().required("newCollectionName"))
                        .setNewDBName(c.body().optional("newDbName", c.db()))
                        .build())));
        // handler_v2.go alterCollectionProperties / addCollectionField: onto AlterCollection and
        // AddCollectionField, answered as the service answers them (refused while it does not serve them)
        routes.put("/collections/alter_properties", c -> {
            AlterCollectionRequest.Builder b = AlterCollectionRequest.newBuilder()
                    .setDbName(c.db())
                    .setCollectionName(c.body().required("collectionName"));
            for (Map.Entry<String, JsonElement> p :
                    c.body().object("properties").entrySet()) {
                b.addProperties(kv(p.getKey(), text(p.getValue())));
            }
            return empty(call(b.build()));
        });
        routes.put("/collections/fields/add", c -> {
            JsonObject field = c.body().object("schema");
            if (field.size() == 0) {
                throw V2Error.missing("schema");
            }
            return empty(call(AddCollectionFieldRequest.newBuilder()
                    .setDbName(c.db())
                    .setCollectionName(c.body().required("collectionName"))
                    .setSchema(field(new V2Body(field), 0, false).build().toByteString())
                    .build()));
        });
        routes.put(
                "/collections/load",
                c -> empty(call(request(c, LoadCollectionRequest.newBuilder(), "collectionName"))));
        routes.put(
                "/collections/release",
                c -> empty(call(request(c, ReleaseCollectionRequest.newBuilder(), "collectionName"))));
    }

    private JsonElement describeCollection(Call c) throws V2Error {
        String name = c.body().required("collectionName");
        DescribeCollectionResponse d = describe(c.db(), name);
        CollectionSchema s = d.getSchema();
        JsonObject out = new JsonObject();
        out.addProperty("collectionName", d.getCollectionName().isEmpty() ? name : d.getCollectionName());
        out.addProperty("collectionID", d.getCollectionID());
        out.addProperty("description", s.getDescription());
        boolean autoId = false;
        JsonArray fields = new JsonArray();
        for (FieldSchema f : s.getFieldsList()) {
            if (f.getIsDynamic()) {
                continue;
            }
            autoId |= f.getIsPrimaryKey() && f.getAutoID();
            JsonObject o = new JsonObject();
            o.addProperty("name", f.getName());
            o.addProperty("id", f.getFieldID());
            o.addProperty("type", f.getDataType().name());
            if (f.getDataType() == DataType.Array) {
                o.addProperty("elementType", f.getElementType().name());
            }
            o.addProperty("primaryKey", f.getIsPrimaryKey());
            o.addProperty("autoId", f.getAutoID());
            o.addProperty("partitionKey", f.getIsPartitionKey());
            o.addProperty("nullable", f.getNullable());
            o.addProperty("description", f.getDescription());
            o.add("params", keyValues(f.getTypeParamsList()));
            fields.add(o);
        }
        out.addProperty("autoId", autoId);
        out.add("fields", fields);
        JsonArray indexes = new JsonArray();
        for (IndexDescription i : indexDescriptions(c.db(), name, "", true)) {
            JsonObject o = new JsonObject();
            o.addProperty("fieldName", i.getFieldName());
            o.addProperty("indexName", i.getIndexName());
            o.addProperty("metricType", param(i.getParamsList(), "metric_type"));
            indexes.add(o);
        }
        out.add("indexes", indexes);
        GetLoadStateResponse state = call(GetLoadStateRequest.newBuilder()
                .setDbName(c.db())
                .setCollectionName(name)
                .build());
        out.addProperty("load", state.getState().name());
        out.addProperty("shardsNum", d.getShardsNum());
        out.addProperty(
                "partitionsNum",
                this.<ShowPartitionsResponse>call(ShowPartitionsRequest.newBuilder()
                                .setDbName(c.db())
                                .setCollectionName(name)
                                .build())
                        .getPartitionNamesCount());
        out.addProperty("consistencyLevel", d.getConsistencyLevel().name());
        out.addProperty("enableDynamicField", s.getEnableDynamicField());
        out.add("aliases", strings(d.getAliasesList()));
        out.add("properties", keyValues(d.getPropertiesList()));
        return out;
    }

    private JsonElement loadState(Call c) throws V2Error {
        String name = c.body().required("collectionName");
        List<String> partitions = c.body().strings("partitionNames");
        GetLoadStateResponse s = call(GetLoadStateRequest.newBuilder()
                .setDbName(c.db())
                .setCollectionName(name)
                .addAllPartitionNames(partitions)
                .build());
        JsonObject out = new JsonObject();
        if (s.getState() == LoadState.LoadStateNotExist) {
            // handler_v2.go getCollectionLoadState: merr.WrapErrCollectionNotFound
            throw new V2Error(V2Error.COLLECTION_NOT_FOUND, "collection not found[collection=" + name + "]");
        }
        if (s.getState() == LoadState.LoadStateNotLoad) {
            out.addProperty("loadState", s.getState().name());
            return out;
        }
        GetLoadingProgressResponse p = call(GetLoadingProgressRequest.newBuilder()
                .setDbName(c.db())
                .setCollectionName(name)
                .addAllPartitionNames(partitions)
                .build());
        out.addProperty(
                "loadState", (p.getProgress() >= 100 ? LoadState.LoadStateLoaded : LoadState.LoadStateLoading).name());
        out.addProperty("loadProgress", p.getProgress());
        return out;
    }

    private JsonElement createCollection(Call c) throws V2Error {
        V2Body b = c.body();
        String name = b.required("collectionName");
        JsonObject params = b.object("params");
        JsonObject schemaJson = b.object("schema");
        JsonArray fieldsJson = schemaJson.has("fields") ? new V2Body(schemaJson).array("fields") : new JsonArray();
        CollectionSchema.Builder schema = CollectionSchema.newBuilder().setName(name);
        schema.setDescription(b.optional("description", ""));
        List<JsonObject> indexParams = new ArrayList<>();
        for (JsonElement e : b.array("indexParams")) {
            indexParams.add(asObject("indexParams", e));
        }
        if (fieldsJson.isEmpty()) {
            indexParams = List.of(quickSetup(b, params, schema));
        } else {
            addFields(new V2Body(schemaJson), fieldsJson, schema);
        }
        CreateCollectionRequest.Builder req = CreateCollectionRequest.newBuilder()
                .setDbName(c.db())
                .setCollectionName(name)
                .setSchema(schema.build().toByteString())
                .setShardsNum((int) paramLong(params, "shardsNum", 1))
                // handler_v2.go createCollection: params.partitionsNum is num_partitions
                .setNumPartitions(paramLong(params, "partitionsNum", 0))
                .setConsistencyLevel(consistencyLevel(params));
        empty(call(req.build()));
        for (JsonObject index : indexParams) {
            createIndex(c.db(), name, new V2Body(index));
        }
        loadWhenEveryVectorIsIndexed(c.db(), name, schema, indexParams);
        return new JsonObject();
    }

    /**
     * Quick setup (no schema fields): adds the id and vector fields to {@code schema} and answers the one
     * index to build.
     */
    private static JsonObject quickSetup(V2Body b, JsonObject params, CollectionSchema.Builder schema) throws V2Error {
        // quick setup: request_v2.go CollectionReq defaults (primaryFieldName "id", vectorFieldName "vector",
        // idType Int64, metricType COSINE, dynamic field on), then index and load
        long dim = b.integer("dimension", 0);
        if (dim <= 0) {
            throw V2Error.missing("dimension");
        }
        String idType = b.optional("idType", "Int64");
        String pk = b.optional("primaryFieldName", "id");
        String vector = b.optional("vectorFieldName", "vector");
        FieldSchema.Builder id = FieldSchema.newBuilder()
                .setFieldID(100)
                .setName(pk)
                .setIsPrimaryKey(true)
                .setAutoID(b.bool("autoId", false))
                .setDataType(dataType("idType", idType));
        if (id.getDataType() == DataType.VarChar) {
            id.addTypeParams(kv("max_length", paramText(params, "max_length", "65535")));
        }
        schema.addFields(id)
                .addFields(FieldSchema.newBuilder()
                        .setFieldID(101)
                        .setName(vector)
                        .setDataType(DataType.FloatVector)
                        .addTypeParams(kv("dim", Long.toString(dim))))
                .setEnableDynamicField(paramBool(params, "enableDynamicField", true));
        JsonObject index = new JsonObject();
        index.addProperty("fieldName", vector);
        index.addProperty("indexName", vector);
        index.addProperty("metricType", b.optional("metricType", "COSINE"));
        return index;
    }

    /** Adds the request's {@code schema.fields} to {@code schema}, ids from 100 in order. */
    private static void addFields(V2Body s, JsonArray fieldsJson, CollectionSchema.Builder schema) throws V2Error {
        boolean autoId = s.bool("autoId", false);
        schema.setAutoID(autoId).setEnableDynamicField(s.bool("enableDynamicField", false));
        long id = 100;
        for (JsonElement e : fieldsJson) {
            schema.addFields(field(new V2Body(asObject("schema.fields", e)), id++, autoId));
        }
    }

    private static ConsistencyLevel consistencyLevel(JsonObject params) throws V2Error {
        String consistency = paramText(params, "consistencyLevel", "Bounded");
        try {
            return ConsistencyLevel.valueOf(consistency);
        } catch (IllegalArgumentException e) {
            throw new V2Error(
                    V2Error.PARAMETER_INVALID,
                    "invalid parameter[expected=consistencyLevel][actual=" + consistency + "]");
        }
    }

    /** handler_v2.go createCollection: loads once every vector field has an index. */
    private void loadWhenEveryVectorIsIndexed(
            String db, String name, CollectionSchema.Builder schema, List<JsonObject> indexParams) throws V2Error {
        long vectors = schema.getFieldsList().stream()
                .filter(f -> f.getDataType() == DataType.FloatVector || f.getDataType() == DataType.BinaryVector)
                .count();
        long indexed = indexParams.stream()
                .map(i -> i.has("fieldName") ? i.get("fieldName").getAsString() : "")
                .distinct()
                .count();
        if (vectors > 0 && indexed >= vectors) {
            empty(call(LoadCollectionRequest.newBuilder()
                    .setDbName(db)
                    .setCollectionName(name)
                    .build()));
        }
    }

    // ---- partitions ----

    private void partitions() {
        routes.put(
                "/partitions/list",
                c -> strings(this.<ShowPartitionsResponse>call(
                                request(c, ShowPartitionsRequest.newBuilder(), "collectionName"))
                        .getPartitionNamesList()));
        routes.put(
                "/partitions/has",
                c -> has(call(request(c, HasPartitionRequest.newBuilder(), "collectionName", "partitionName"))));
        routes.put(
                "/partitions/get_stats",
                c -> rowCount(this.<GetPartitionStatisticsResponse>call(request(
                                c, GetPartitionStatisticsRequest.newBuilder(), "collectionName", "partitionName"))
                        .getStatsList()));
        routes.put(
                "/partitions/create",
                c -> empty(call(request(c, CreatePartitionRequest.newBuilder(), "collectionName", "partitionName"))));
        routes.put(
                "/partitions/drop",
                c -> empty(call(request(c, DropPartitionRequest.newBuilder(), "collectionName", "partitionName"))));
        routes.put(
                "/partitions/load",
                c -> empty(call(request(c, LoadPartitionsRequest.newBuilder(), "collectionName", "partitionNames"))));
        routes.put(
                "/partitions/release",
                c -> empty(
                        call(request(c, ReleasePartitionsRequest.newBuilder(), "collectionName", "partitionNames"))));
    }

    // ---- entities ----

    private void entities() {
        routes.put(
                "/entities/insert",
                c -> mutation(
                        c,
                        "insert",
                        (db, name, partition, rows, columns) -> call(InsertRequest.newBuilder()
                                .setDbName(db)
                                .setCollectionName(name)
                                .setPartitionName(partition)
                                .setNumRows(rows)
                                .addAllFieldsData(columns)
                                .build())));
        routes.put(
                "/entities/upsert",
                c -> mutation(
                        c,
                        "upsert",
                        (db, name, partition, rows, columns) -> call(UpsertRequest.newBuilder()
                                .setDbName(db)
                                .setCollectionName(name)
                                .setPartitionName(partition)
                                .setNumRows(rows)
                                .addAllFieldsData(columns)
                                .setPartialUpdate(c.body().bool("partialUpdate", false))
                                .build())));
        routes.put("/entities/delete", c -> {
            String name = c.body().required("collectionName");
            String filter = c.body().optional("filter", "");
            if (filter.isEmpty()) {
                filter = idFilter(c, name);
            }
            empty(call(DeleteRequest.newBuilder()
                    .setDbName(c.db())
                    .setCollectionName(name)
                    .setPartitionName(c.body().optional("partitionName", ""))
                    .setExpr(filter)
                    .putAllExprTemplateValues(V2ExprParams.of(c.body().json))
                    .build()));
            return new JsonObject();
        });
        routes.put("/entities/query", c -> {
            String name = c.body().required("collectionName");
            QueryRequest.Builder q = query(c, name)
                    .setExpr(c.body().optional("filter", ""))
                    .putAllExprTemplateValues(V2ExprParams.of(c.body().json));
            long limit = c.body().integer("limit", 0);
            long offset = c.body().integer("offset", 0);
            if (limit > 0) {
                q.addQueryParams(kv("limit", Long.toString(limit)));
            }
            if (offset > 0) {
                q.addQueryParams(kv("offset", Long.toString(offset)));
            }
            return V2Rows.rows(this.<QueryResults>call(q.build()).getFieldsDataList(), c.int64AsNumber());
        });
        routes.put("/entities/get", c -> {
            String name = c.body().required("collectionName");
            QueryRequest q = query(c, name).setExpr(idFilter(c, name)).build();
            return V2Rows.rows(this.<QueryResults>call(q).getFieldsDataList(), c.int64AsNumber());
        });
        routes.put("/entities/search", this::search);
        routes.put("/entities/hybrid_search", this::hybridSearch);
    }

    /** Sends the columns of one insert or upsert. */
    @FunctionalInterface
    private interface Writer {
        MutationResult write(String db, String collection, String partition, int rows, List<FieldData> columns)
                throws V2Error;
    }

    /** {@code entities/insert} and {@code upsert}: rows to columns, then {@code {"<verb>Count", "<verb>Ids"}}. */
    private JsonElement mutation(Call c, String verb, Writer writer) throws V2Error {
        String name = c.body().required("collectionName");
        JsonArray rows = c.body().array("data");
        // handler_v2.go UpsertReq: partialUpdate sends only the fields the rows give
        boolean partial = verb.equals("upsert") && c.body().bool("partialUpdate", false);
        List<FieldData> columns =
                V2Rows.columns(describe(c.db(), name).getSchema(), rows, verb.equals("upsert"), partial);
        MutationResult r = writer.write(c.db(), name, c.body().optional("partitionName", ""), rows.size(), columns);
        JsonObject out = new JsonObject();
        out.addProperty(verb + "Count", verb.equals("insert") ? r.getInsertCnt() : r.getUpsertCnt());
        out.add(verb + "Ids", V2Rows.ids(r.getIDs(), c.int64AsNumber()));
        return out;
    }

    /** request_v2.go QueryReqV2: outputFields default {@code ["*"]}. */
    private static QueryRequest.Builder query(Call c, String name) throws V2Error {
        List<String> output = c.body().strings("outputFields");
        return QueryRequest.newBuilder()
                .setDbName(c.db())
                .setCollectionName(name)
                .addAllPartitionNames(c.body().strings("partitionNames"))
                .addAllOutputFields(output.isEmpty() ? List.of("*") : output);
    }

    /** {@code id} (one key or an array) as {@code pk in [...]}, Milvus's checkGetPrimaryKey. */
    private String idFilter(Call c, String collection) throws V2Error {
        JsonElement id = c.body().json.get("id");
        if (id == null || id.isJsonNull()) {
            throw V2Error.missing("filter or id");
        }
        FieldSchema pk = describe(c.db(), collection).getSchema().getFieldsList().stream()
                .filter(FieldSchema::getIsPrimaryKey)
                .findFirst()
                .orElseThrow(() -> new V2Error(V2Error.CHECK_PRIMARY_KEY, "collection has no primary key"));
        JsonArray ids = id.isJsonArray() ? id.getAsJsonArray() : new JsonArray();
        if (!id.isJsonArray()) {
            ids.add(id);
        }
        List<String> terms = new ArrayList<>();
        for (JsonElement e : ids) {
            if (!e.isJsonPrimitive()) {
                throw new V2Error(
                        V2Error.CHECK_PRIMARY_KEY, CHECK_PK + ", error: id must be a key or an array of keys");
            }
            if (pk.getDataType() == DataType.VarChar) {
                terms.add(new JsonPrimitive(e.getAsString()).toString());
            } else {
                try {
                    terms.add(Long.toString(Long.parseLong(e.getAsString())));
                } catch (NumberFormatException notInt) {
                    throw new V2Error(
                            V2Error.CHECK_PRIMARY_KEY, CHECK_PK + ", error: " + e + " is not an Int64 primary key");
                }
            }
        }
        return pk.getName() + " in [" + String.join(",", terms) + "]";
    }

    /** merr.ErrCheckPrimaryKey's text. */
    private static final String CHECK_PK = "please check the primary key and its' type can only in [int, string]";

    private JsonElement search(Call c) throws V2Error {
        V2Body b = c.body();
        String name = b.required("collectionName");
        return hits(this.<SearchResults>call(searchRequest(c, b, name).build()).getResults(), c);
    }

    /**
     * {@code entities/hybrid_search} (Milvus's RESTful v2 handler_v2.go hybridSearch, request_v2.go
     * HybridSearchReq): {@code search} holds one search body per vector field, {@code rerank} the
     * ranker ({@code strategy} rrf or weighted, {@code params} {@code {"k": ..}} or
     * {@code {"weights": [..]}}), {@code limit}, {@code offset} and {@code outputFields} the fused
     * answer's; the gRPC HybridSearch does the rest.
     */
    private JsonElement hybridSearch(Call c) throws V2Error {
        V2Body b = c.body();
        String name = b.required("collectionName");
        JsonArray subs = b.array("search");
        if (subs.isEmpty()) {
            throw V2Error.missing("search");
        }
        HybridSearchRequest.Builder req = HybridSearchRequest.newBuilder()
                .setDbName(c.db())
                .setCollectionName(name)
                .addAllPartitionNames(b.strings("partitionNames"))
                .addAllOutputFields(b.strings("outputFields"));
        for (JsonElement e : subs) {
            req.addRequests(searchRequest(c, new V2Body(subSearch(asObject("search", e))), name));
        }
        V2Body rerank = new V2Body(b.object("rerank"));
        req.addRankParams(kv("strategy", rerank.required("strategy")))
                .addRankParams(kv("params", rerank.object("params").toString()))
                .addRankParams(kv("limit", Long.toString(b.integer("limit", 100))))
                .addRankParams(kv("offset", Long.toString(b.integer("offset", 0))))
                .addRankParams(kv("round_decimal", "-1"));
        return hits(this.<SearchResults>call(req.build()).getResults(), c);
    }

    /**
     * request_v2.go SubSearchReq names its search params {@code params}, one flat map since Milvus
     * 2.5.2 (handler_v2.go generateSearchParams folds a nested {@code params} into it); here they
     * become the {@code searchParams.params} a plain search body carries. A body that already
     * has {@code searchParams} keeps it.
     */
    private static JsonObject subSearch(JsonObject sub) throws V2Error {
        JsonElement params = sub.get("params");
        if (params == null || params.isJsonNull() || sub.has("searchParams")) {
            return sub;
        }
        if (!params.isJsonObject()) {
            throw V2Error.format("search.params must be a dict, got " + JsonCodec.kind(params));
        }
        JsonObject flat = new JsonObject();
        for (Map.Entry<String, JsonElement> e : params.getAsJsonObject().entrySet()) {
            if (e.getKey().equals("params") && e.getValue().isJsonObject()) {
                e.getValue().getAsJsonObject().entrySet().forEach(n -> flat.add(n.getKey(), n.getValue()));
            } else {
                flat.add(e.getKey(), e.getValue());
            }
        }
        JsonObject searchParams = new JsonObject();
        searchParams.add("params", flat);
        JsonObject out = sub.deepCopy();
        out.remove("params");
        out.add("searchParams", searchParams);
        return out;
    }

    /** One search body as the gRPC request: {@code data}, {@code annsField}, {@code filter}, params. */
    private SearchRequest.Builder searchRequest(Call c, V2Body b, String name) throws V2Error {
        JsonArray data = b.array("data");
        if (data.isEmpty() && b.json.has("vector")) {
            data.add(b.json.get("vector")); // Milvus 2.4.0's single-vector form
        }
        if (data.isEmpty()) {
            throw V2Error.missing("data");
        }
        PlaceholderValue.Builder ph = PlaceholderValue.newBuilder().setTag("$0");
        for (JsonElement v : data) {
            try {
                if (v.isJsonPrimitive()) {
                    ph.setType(PlaceholderType.BinaryVector)
                            .addValues(ByteString.copyFrom(FieldShapes.bytes("data", v)));
                } else {
                    ph.setType(PlaceholderType.FloatVector)
                            .addValues(ByteString.copyFrom(RequestShapes.littleEndian(FieldShapes.floats("data", v))));
                }
            } catch (BadRequestException e) {
                throw V2Error.format(e.detail());
            }
        }
        JsonObject sp = b.object("searchParams");
        V2Body spBody = new V2Body(sp);
        JsonObject inner = spBody.object("params");
        SearchRequest.Builder req = SearchRequest.newBuilder()
                .setDbName(c.db())
                .setCollectionName(name)
                .addAllPartitionNames(b.strings("partitionNames"))
                .setDsl(b.optional("filter", ""))
                .putAllExprTemplateValues(V2ExprParams.of(b.json))
                .setDslTypeValue(1) // BoolExprV1
                .addAllOutputFields(b.strings("outputFields"))
                .setPlaceholderGroup(PlaceholderGroup.newBuilder()
                        .addPlaceholders(ph)
                        .build()
                        .toByteString())
                .setNq(data.size())
                .addSearchParams(kv("topk", Long.toString(b.integer("limit", 100))))
                .addSearchParams(kv("offset", Long.toString(b.integer("offset", 0))))
                .addSearchParams(kv("round_decimal", "-1"))
                .addSearchParams(kv("params", inner.toString()));
        String anns = b.optional("annsField", "");
        if (!anns.isEmpty()) {
            req.addSearchParams(kv("anns_field", anns));
        }
        String metric = spBody.optional("metricType", b.optional("metricType", ""));
        if (!metric.isEmpty()) {
            req.addSearchParams(kv("metric_type", metric));
        }
        return req;
    }

    /**
     * The hits as rows: output fields, the primary key and {@code distance}; the hits per query
     * go beside them as {@code topks} (handler_v2.go's HTTPReturnTopks).
     */
    private static JsonArray hits(SearchResultData r, Call c) {
        JsonArray topks = new JsonArray();
        r.getTopksList().forEach(topks::add);
        c.beside().add("topks", topks);
        JsonArray out = new JsonArray();
        String pk = r.getPrimaryFieldName().isEmpty() ? "id" : r.getPrimaryFieldName();
        int hits = r.getIds().hasStrId()
                ? r.getIds().getStrId().getDataCount()
                : r.getIds().getIntId().getDataCount();
        for (int i = 0; i < hits; i++) {
            JsonObject row = V2Rows.row(r.getFieldsDataList(), i, c.int64AsNumber());
            row.add(pk, V2Rows.id(r.getIds(), i, c.int64AsNumber()));
            row.addProperty("distance", r.getScores(i));
            out.add(row);
        }
        return out;
    }

    // ---- indexes ----

    private void indexes() {
        routes.put("/indexes/list", c -> {
            JsonArray names = new JsonArray();
            for (IndexDescription i : indexDescriptions(c.db(), c.body().required("collectionName"), "", false)) {
                names.add(i.getIndexName());
            }
            return names;
        });
        routes.put("/indexes/describe", c -> {
            JsonArray out = new JsonArray();
            for (IndexDescription i : indexDescriptions(
                    c.db(), c.body().required("collectionName"), c.body().required("indexName"), false)) {
                JsonObject o = new JsonObject();
                o.addProperty("indexName", i.getIndexName());
                o.addProperty("fieldName", i.getFieldName());
                o.addProperty("indexType", param(i.getParamsList(), "index_type"));
                o.addProperty("metricType", param(i.getParamsList(), "metric_type"));
                o.addProperty("totalRows", i.getTotalRows());
                o.addProperty("pendingRows", i.getPendingIndexRows());
                o.addProperty("indexedRows", i.getIndexedRows());
                o.addProperty("indexState", i.getState().name());
                o.addProperty("failReason", i.getIndexStateFailReason());
                out.add(o);
            }
            return out;
        });
        routes.put("/indexes/create", c -> {
            String name = c.body().required("collectionName");
            JsonArray params = c.body().array("indexParams");
            if (params.isEmpty()) {
                throw V2Error.missing("indexParams");
            }
            for (JsonElement e : params) {
                createIndex(c.db(), name, new V2Body(asObject("indexParams", e)));
            }
            return new JsonObject();
        });
        routes.put(
                "/indexes/drop",
                c -> empty(call(request(c, DropIndexRequest.newBuilder(), "collectionName", "indexName"))));
    }

    /** One element of {@code indexParams}: request_v2.go IndexParam. */
    private void createIndex(String db, String collection, V2Body p) throws V2Error {
        CreateIndexRequest.Builder req = CreateIndexRequest.newBuilder()
                .setDbName(db)
                .setCollectionName(collection)
                .setFieldName(p.required("fieldName"))
                .setIndexName(p.optional("indexName", ""))
                .addExtraParams(kv("metric_type", p.required("metricType")));
        String type = p.optional("indexType", "");
        if (!type.isEmpty()) {
            req.addExtraParams(kv("index_type", type));
        }
        JsonObject params = p.object("params");
        if (params.has("index_type")) {
            req.addExtraParams(kv("index_type", text(params.remove("index_type"))));
        }
        if (!params.isEmpty()) {
            req.addExtraParams(kv("params", params.toString()));
        }
        empty(call(req.build()));
    }

    /**
     * The collection's index descriptions; with {@code tolerateMissing}, none rather than Milvus's
     * "index not found" (as {@code collections/describe} prints an empty {@code indexes}).
     */
    private List<IndexDescription> indexDescriptions(
            String db, String collection, String index, boolean tolerateMissing) throws V2Error {
        DescribeIndexRequest req = DescribeIndexRequest.newBuilder()
                .setDbName(db)
                .setCollectionName(collection)
                .setIndexName(index)
                .build();
        try {
            return this.<DescribeIndexResponse>call(req).getIndexDescriptionsList();
        } catch (V2Error e) {
            if (tolerateMissing && e.code() == ErrorCodes.CODE_INDEX_NOT_FOUND) {
                return List.of();
            }
            throw e;
        }
    }

    // ---- aliases ----

    private void aliases() {
        routes.put(
                "/aliases/list",
                c -> strings(this.<ListAliasesResponse>call(ListAliasesRequest.newBuilder()
                                .setDbName(c.db())
                                .setCollectionName(c.body().optional("collectionName", ""))
                                .build())
                        .getAliasesList()));
        routes.put("/aliases/describe", c -> {
            DescribeAliasResponse r = call(DescribeAliasRequest.newBuilder()
                    .setDbName(c.db())
                    .setAlias(c.body().required("aliasName"))
                    .build());
            JsonObject o = new JsonObject();
            o.addProperty("dbName", r.getDbName().isEmpty() ? c.db() : r.getDbName());
            o.addProperty("collectionName", r.getCollection());
            o.addProperty("aliasName", r.getAlias());
            return o;
        });
        routes.put(
                "/aliases/create",
                c -> empty(call(request(c, CreateAliasRequest.newBuilder(), "collectionName", "aliasName=alias"))));
        routes.put(
                "/aliases/alter",
                c -> empty(call(request(c, AlterAliasRequest.newBuilder(), "collectionName", "aliasName=alias"))));
        routes.put("/aliases/drop", c -> empty(call(request(c, DropAliasRequest.newBuilder(), "aliasName=alias"))));
    }

    // ---- databases and users ----

    private void databasesAndUsers() {
        routes.put(
                "/databases/list",
                c -> strings(this.<ListDatabasesResponse>call(ListDatabasesRequest.getDefaultInstance())
                        .getDbNamesList()));
        routes.put("/databases/describe", c -> {
            String db = c.body().required("dbName");
            DescribeDatabaseResponse r =
                    call(DescribeDatabaseRequest.newBuilder().setDbName(db).build());
            JsonObject o = new JsonObject();
            o.addProperty("dbName", r.getDbName().isEmpty() ? db : r.getDbName());
            o.addProperty("dbID", r.getDbID());
            o.add("properties", keyValues(r.getPropertiesList()));
            return o;
        });
        routes.put(
                "/users/list",
                c -> strings(this.<ListCredUsersResponse>call(ListCredUsersRequest.getDefaultInstance())
                        .getUsernamesList()));
        // passwords travel base64-encoded on the RPC, as every Milvus client sends them
        // Milvus 2.6 passes an optional "description" of the user through to the RPC (design doc
        // 20260601-rbac-user-description.md, "HTTP v2 user create and update requests")
        routes.put("/users/create", c -> {
            CreateCredentialRequest.Builder r = CreateCredentialRequest.newBuilder()
                    .setUsername(c.body().required("userName"))
                    .setPassword(base64(c.body().required("password")));
            String description = c.body().optional("description", null);
            if (description != null) {
                r.setDescription(description);
            }
            return empty(call(r.build()));
        });
        routes.put("/users/update_password", c -> {
            UpdateCredentialRequest.Builder r = UpdateCredentialRequest.newBuilder()
                    .setUsername(c.body().required("userName"))
                    .setOldPassword(base64(c.body().required("password")))
                    .setNewPassword(base64(c.body().required("newPassword")));
            String description = c.body().optional("description", null);
            if (description != null) {
                r.setDescription(description);
            }
            return empty(call(r.build()));
        });
        routes.put(
                "/users/drop",
                c -> empty(call(DeleteCredentialRequest.newBuilder()
                        .setUsername(c.body().required("userName"))
                        .build())));
    }

    // ---- roles and grants (handler_v2.go's role and user routes) ----

    private void rolesAndGrants() {
        routes.put("/roles/list", c -> {
            JsonArray names = new JsonArray();
            for (RoleResult r : this.<SelectRoleResponse>call(SelectRoleRequest.getDefaultInstance())
                    .getResultsList()) {
                names.add(r.getRole().getName());
            }
            return names;
        });
        routes.put("/roles/describe", c -> {
            JsonArray grants = new JsonArray();
            SelectGrantResponse r = call(SelectGrantRequest.newBuilder()
                    .setEntity(GrantEntity.newBuilder().setRole(role(c)).setDbName(c.db()))
                    .build());
            for (GrantEntity g : r.getEntitiesList()) {
                JsonObject o = new JsonObject();
                o.addProperty("objectType", g.getObject().getName());
                o.addProperty("objectName", g.getObjectName());
                o.addProperty("privilege", g.getGrantor().getPrivilege().getName());
                o.addProperty("dbName", g.getDbName());
                o.addProperty("grantor", g.getGrantor().getUser().getName());
                grants.add(o);
            }
            return grants;
        });
        routes.put(
                "/roles/create",
                c -> empty(
                        call(CreateRoleRequest.newBuilder().setEntity(role(c)).build())));
        routes.put(
                "/roles/drop",
                c -> empty(call(DropRoleRequest.newBuilder()
                        .setRoleName(c.body().required("roleName"))
                        .build())));
        routes.put("/roles/grant_privilege", c -> empty(call(privilege(c, OperatePrivilegeType.Grant))));
        routes.put("/roles/revoke_privilege", c -> empty(call(privilege(c, OperatePrivilegeType.Revoke))));
        routes.put("/users/describe", c -> {
            JsonArray roles = new JsonArray();
            SelectUserResponse r = call(SelectUserRequest.newBuilder()
                    .setUser(UserEntity.newBuilder().setName(c.body().required("userName")))
                    .setIncludeRoleInfo(true)
                    .build());
            String description = "";
            for (UserResult u : r.getResultsList()) {
                u.getRolesList().forEach(x -> roles.add(x.getName()));
                description = u.getDescription();
            }
            // Milvus 2.6 keeps the role list as the data and adds the user's description to the
            // answer object (design doc 20260601-rbac-user-description.md)
            c.beside().addProperty("description", description);
            return roles;
        });
        routes.put("/users/grant_role", c -> empty(call(userRole(c, OperateUserRoleType.AddUserToRole))));
        routes.put("/users/revoke_role", c -> empty(call(userRole(c, OperateUserRoleType.RemoveUserFromRole))));
        routes.put("/roles/grant_privilege_v2", c -> empty(call(privilegeV2(c, OperatePrivilegeType.Grant))));
        routes.put("/roles/revoke_privilege_v2", c -> empty(call(privilegeV2(c, OperatePrivilegeType.Revoke))));
    }

    /**
     * request_v2.go GrantV2Req: roleName and privilege required, dbName and collectionName as given
     * (handler_v2.go operatePrivilegeToRoleV2 passes them through; the RPC defaults empty ones).
     */
    private static OperatePrivilegeV2Request privilegeV2(Call c, OperatePrivilegeType type) throws V2Error {
        return OperatePrivilegeV2Request.newBuilder()
                .setRole(role(c))
                .setGrantor(GrantorEntity.newBuilder()
                        .setPrivilege(
                                PrivilegeEntity.newBuilder().setName(c.body().required("privilege"))))
                .setType(type)
                .setDbName(c.body().optional("dbName", ""))
                .setCollectionName(c.body().optional("collectionName", ""))
                .build();
    }

    // ---- privilege groups (handler_v2.go createPrivilegeGroup ... removePrivilegesFromGroup) ----

    /**
     * request_v2.go PrivilegeGroupReq: privilegeGroupName (required) and privileges; list answers
     * {@code {"privilegeGroups": [{"privilegeGroupName", "privileges"}]}} with the privileges joined by
     * commas, as handler_v2.go listPrivilegeGroups writes them.
     */
    private void privilegeGroups() {
        routes.put(
                "/privilege_groups/create",
                c -> empty(call(CreatePrivilegeGroupRequest.newBuilder()
                        .setGroupName(c.body().required("privilegeGroupName"))
                        .build())));
        routes.put(
                "/privilege_groups/drop",
                c -> empty(call(DropPrivilegeGroupRequest.newBuilder()
                        .setGroupName(c.body().required("privilegeGroupName"))
                        .build())));
        routes.put("/privilege_groups/list", c -> {
            JsonArray groups = new JsonArray();
            for (PrivilegeGroupInfo g : this.<ListPrivilegeGroupsResponse>call(
                            ListPrivilegeGroupsRequest.getDefaultInstance())
                    .getPrivilegeGroupsList()) {
                JsonObject o = new JsonObject();
                o.addProperty("privilegeGroupName", g.getGroupName());
                o.addProperty(
                        "privileges",
                        g.getPrivilegesList().stream()
                                .map(PrivilegeEntity::getName)
                                .collect(java.util.stream.Collectors.joining(",")));
                groups.add(o);
            }
            JsonObject data = new JsonObject();
            data.add("privilegeGroups", groups);
            return data;
        });
        routes.put(
                "/privilege_groups/add_privileges_to_group",
                c -> empty(call(privilegeGroup(c, OperatePrivilegeGroupType.AddPrivilegesToGroup))));
        routes.put(
                "/privilege_groups/remove_privileges_from_group",
                c -> empty(call(privilegeGroup(c, OperatePrivilegeGroupType.RemovePrivilegesFromGroup))));
    }

    private static OperatePrivilegeGroupRequest privilegeGroup(Call c, OperatePrivilegeGroupType type) throws V2Error {
        OperatePrivilegeGroupRequest.Builder r = OperatePrivilegeGroupRequest.newBuilder()
                .setGroupName(c.body().required("privilegeGroupName"))
                .setType(type);
        c.body()
                .strings("privileges")
                .forEach(p -> r.addPrivileges(PrivilegeEntity.newBuilder().setName(p)));
        return r.build();
    }

    private static RoleEntity role(Call c) throws V2Error {
        return RoleEntity.newBuilder().setName(c.body().required("roleName")).build();
    }

    /** request_v2.go GrantReq: roleName, objectType, objectName, privilege (all required). */
    private static OperatePrivilegeRequest privilege(Call c, OperatePrivilegeType type) throws V2Error {
        return OperatePrivilegeRequest.newBuilder()
                .setType(type)
                .setEntity(GrantEntity.newBuilder()
                        .setRole(role(c))
                        .setObject(ObjectEntity.newBuilder().setName(c.body().required("objectType")))
                        .setObjectName(c.body().required("objectName"))
                        .setDbName(c.db())
                        .setGrantor(GrantorEntity.newBuilder()
                                .setPrivilege(PrivilegeEntity.newBuilder()
                                        .setName(c.body().required("privilege")))))
                .build();
    }

    private static OperateUserRoleRequest userRole(Call c, OperateUserRoleType type) throws V2Error {
        return OperateUserRoleRequest.newBuilder()
                .setUsername(c.body().required("userName"))
                .setRoleName(c.body().required("roleName"))
                .setType(type)
                .build();
    }

    // ---- resource groups (handler_v2.go createResourceGroup ... transferReplica; request_v2.go) ----

    private void resourceGroups() {
        routes.put("/resource_groups/create", c -> {
            CreateResourceGroupRequest.Builder b = CreateResourceGroupRequest.newBuilder()
                    .setResourceGroup(c.body().required("name"));
            JsonObject config = c.body().object("config");
            if (config.size() > 0) {
                b.setConfig(rgConfig("config", config));
            }
            return empty(call(b.build()));
        });
        routes.put(
                "/resource_groups/drop",
                c -> empty(call(DropResourceGroupRequest.newBuilder()
                        .setResourceGroup(c.body().required("name"))
                        .build())));
        routes.put("/resource_groups/alter", c -> {
            JsonObject groups = c.body().object("resource_groups");
            if (groups.size() == 0) {
                throw V2Error.missing("resource_groups");
            }
            UpdateResourceGroupsRequest.Builder b = UpdateResourceGroupsRequest.newBuilder();
            for (Map.Entry<String, JsonElement> g : groups.entrySet()) {
                b.putResourceGroups(g.getKey(), rgConfig(g.getKey(), asObject("resource_groups", g.getValue())));
            }
            return empty(call(b.build()));
        });
        routes.put("/resource_groups/describe", c -> {
            DescribeResourceGroupResponse r = call(DescribeResourceGroupRequest.newBuilder()
                    .setResourceGroup(c.body().required("name"))
                    .build());
            JsonObject o = new JsonObject();
            o.add("resource_group", protoJson(r.getResourceGroup()));
            return o;
        });
        routes.put(
                "/resource_groups/list",
                c -> strings(this.<ListResourceGroupsResponse>call(ListResourceGroupsRequest.getDefaultInstance())
                        .getResourceGroupsList()));
        routes.put("/resource_groups/transfer_replica", c -> {
            long replicas = c.body().integer("replicaNum", 0);
            if (replicas == 0) {
                throw V2Error.missing("replicaNum");
            }
            return empty(call(TransferReplicaRequest.newBuilder()
                    .setDbName(c.db())
                    .setSourceResourceGroup(c.body().required("sourceRgName"))
                    .setTargetResourceGroup(c.body().required("targetRgName"))
                    .setCollectionName(c.body().required("collectionName"))
                    .setNumReplica(replicas)
                    .build()));
        });
    }

    /**
     * request_v2.go ResourceGroupConfig: {@code requests} and {@code limits} ({@code node_num}) are
     * required, {@code transfer_from}/{@code transfer_to} lists of {@code {"resource_group": name}},
     * {@code node_filter.node_labels} a map.
     */
    private static ResourceGroupConfig rgConfig(String where, JsonObject json) throws V2Error {
        V2Body b = new V2Body(json);
        ResourceGroupConfig.Builder out = ResourceGroupConfig.newBuilder();
        for (String key : List.of("requests", "limits")) {
            JsonObject limit = b.object(key);
            if (limit.size() == 0) {
                throw V2Error.missing(where + "." + key);
            }
            ResourceGroupLimit l = ResourceGroupLimit.newBuilder()
                    .setNodeNum((int) new V2Body(limit).integer("node_num", 0))
                    .build();
            if (key.equals("requests")) {
                out.setRequests(l);
            } else {
                out.setLimits(l);
            }
        }
        for (JsonElement e : b.array("transfer_from")) {
            out.addTransferFrom(ResourceGroupTransfer.newBuilder()
                    .setResourceGroup(new V2Body(asObject(where + ".transfer_from", e)).required("resource_group")));
        }
        for (JsonElement e : b.array("transfer_to")) {
            out.addTransferTo(ResourceGroupTransfer.newBuilder()
                    .setResourceGroup(new V2Body(asObject(where + ".transfer_to", e)).required("resource_group")));
        }
        JsonObject labels = new V2Body(b.object("node_filter")).object("node_labels");
        if (labels.size() > 0) {
            ResourceGroupNodeFilter.Builder filter = ResourceGroupNodeFilter.newBuilder();
            for (Map.Entry<String, JsonElement> l : labels.entrySet()) {
                filter.addNodeLabels(kv(l.getKey(), text(l.getValue())));
            }
            out.setNodeFilter(filter);
        }
        return out.build();
    }

    /** A message as Go's encoding/json shows a Milvus proto struct: snake_case keys, zero values left out. */
    private static JsonElement protoJson(Message m) throws V2Error {
        try {
            return JsonParser.parseString(
                    JsonFormat.printer().preservingProtoFieldNames().print(m));
        } catch (InvalidProtocolBufferException e) {
            throw new V2Error(V2Error.UNEXPECTED, e.getMessage());
        }
    }

    // ---- import jobs ----

    /**
     * handler_v2.go's {@code /jobs/import/...} routes call the proxy's ImportV2 family, which the
     * reference server does not serve (files in object storage): refused with Milvus's
     * ErrServiceUnimplemented (code 10, pkg/util/merr/errors.go), naming the route.
     */
    private void refusedJobs() {
        for (String action : List.of("list", "create", "get_progress", "describe")) {
            String path = "/jobs/import/" + action;
            routes.put(path, c -> {
                throw V2Error.unimplemented("import (" + PREFIX + path + ") is not served by the reference server");
            });
        }
    }

    // ---- calling the service ----

    /**
     * The RPC's request from the body: {@code db_name} from {@code dbName}, and each key a required
     * string, or a non-empty list of strings where the field is repeated, set on the field of that
     * JSON name ({@code collectionName} → {@code collection_name}); {@code aliasName=alias} names
     * the field when Milvus's key differs from it.
     */
    private static Message request(Call c, Message.Builder b, String... keys) throws V2Error {
        Descriptor type = b.getDescriptorForType();
        b.setField(type.findFieldByName("db_name"), c.db());
        for (String key : keys) {
            String[] names = key.split("=", 2);
            FieldDescriptor f = type.getFields().stream()
                    .filter(x -> x.getJsonName().equals(names[names.length - 1]))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(type.getName() + " has no field " + key));
            if (f.isRepeated()) {
                for (String v : c.body().requiredStrings(names[0])) {
                    b.addRepeatedField(f, v);
                }
            } else {
                b.setField(f, c.body().required(names[0]));
            }
        }
        return b.build();
    }

    /** One field of a v2 schema ({@code fieldName}, {@code dataType}, {@code elementTypeParams}...). */
    private static FieldSchema.Builder field(V2Body f, long id, boolean autoId) throws V2Error {
        FieldSchema.Builder fb = FieldSchema.newBuilder()
                .setFieldID(id)
                .setName(f.required("fieldName"))
                .setDataType(dataType("dataType", f.required("dataType")))
                .setIsPrimaryKey(f.bool("isPrimary", false))
                .setIsPartitionKey(f.bool("isPartitionKey", false))
                .setNullable(f.bool("nullable", false));
        fb.setAutoID(fb.getIsPrimaryKey() && autoId);
        if (!f.optional("elementDataType", "").isEmpty()) {
            fb.setElementType(dataType("elementDataType", f.optional("elementDataType", "")));
        }
        for (Map.Entry<String, JsonElement> p : f.object("elementTypeParams").entrySet()) {
            fb.addTypeParams(kv(p.getKey(), text(p.getValue())));
        }
        return fb;
    }

    private DescribeCollectionResponse describe(String db, String collection) throws V2Error {
        return call(DescribeCollectionRequest.newBuilder()
                .setDbName(db)
                .setCollectionName(collection)
                .build());
    }

    /** Calls the RPC whose request type this is and answers its response, or throws its failure. */
    @SuppressWarnings("unchecked")
    private <A extends Message> A call(Message request) throws V2Error {
        String rpc = rpcOf(request);
        ServerRpc<?, ?> target = service.find(rpc)
                .orElseThrow(() -> V2Error.unimplemented(rpc + " is not served by the reference server"));
        return (A) checked(invoke(target, request));
    }

    private static Message invoke(ServerRpc<?, ?> target, Message request) throws V2Error {
        try {
            return target.answerMessage(request);
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() == io.grpc.Status.Code.UNIMPLEMENTED) {
                throw V2Error.unimplemented(target.name() + " is not served by the reference server");
            }
            // UNIMPLEMENTED and the like: answered as Milvus answers a failed proxy call
            String why = e.getStatus().getDescription() == null
                    ? e.getStatus().getCode().toString()
                    : e.getStatus().getDescription();
            return Status.newBuilder()
                    .setErrorCodeValue(1)
                    .setCode(V2Error.UNEXPECTED)
                    .setReason(target.name() + " failed: " + why)
                    .build();
        }
    }

    /** The RPC name of a request message: {@code ReleasePartitionsRequest} → {@code ReleasePartitions}. */
    private static String rpcOf(Message request) {
        String type = request.getDescriptorForType().getName();
        return switch (type) {
            case "RenameCollectionRequest" -> "RenameCollection";
            case "ListCredUsersRequest" -> "ListCredUsers";
            default -> type.endsWith("Request") ? type.substring(0, type.length() - "Request".length()) : type;
        };
    }

    /** The answer, or a {@link V2Error} with its Status's code and reason. */
    private static Message checked(Message answer) throws V2Error {
        Status s;
        if (answer instanceof Status st) {
            s = st;
        } else {
            FieldDescriptor f = answer.getDescriptorForType().findFieldByName("status");
            s = f == null ? Status.getDefaultInstance() : (Status) answer.getField(f);
        }
        if (s.getCode() != 0 || s.getErrorCodeValue() != 0) {
            throw new V2Error(s.getCode() != 0 ? s.getCode() : V2Error.UNEXPECTED, s.getReason());
        }
        return answer;
    }

    // ---- answers ----

    private static JsonElement empty(Message ignored) {
        return new JsonObject();
    }

    private static JsonElement has(Message m) {
        JsonObject o = new JsonObject();
        o.addProperty("has", ((BoolResponse) m).getValue());
        return o;
    }

    /** handler_v2.go wrapperReturnRowCount: {@code {"rowCount": N}} from the {@code row_count} stat. */
    private static JsonElement rowCount(List<KeyValuePair> stats) throws V2Error {
        JsonObject o = new JsonObject();
        String v = param(stats, "row_count");
        try {
            o.addProperty("rowCount", v.isEmpty() ? 0 : Long.parseLong(v));
        } catch (NumberFormatException e) {
            throw new V2Error(V2Error.UNEXPECTED, "row_count is not a number: " + v);
        }
        return o;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    private static JsonArray keyValues(List<KeyValuePair> pairs) {
        JsonArray a = new JsonArray();
        for (KeyValuePair p : pairs) {
            JsonObject o = new JsonObject();
            o.addProperty("key", p.getKey());
            o.addProperty("value", p.getValue());
            a.add(o);
        }
        return a;
    }

    private static String param(List<KeyValuePair> pairs, String key) {
        return pairs.stream()
                .filter(p -> p.getKey().equals(key))
                .map(KeyValuePair::getValue)
                .findFirst()
                .orElse("");
    }

    private static KeyValuePair kv(String key, String value) {
        return KeyValuePair.newBuilder().setKey(key).setValue(value).build();
    }

    private static JsonObject asObject(String key, JsonElement e) throws V2Error {
        if (!e.isJsonObject()) {
            throw V2Error.format(key + " elements must be objects, got " + JsonCodec.kind(e));
        }
        return e.getAsJsonObject();
    }

    private static DataType dataType(String key, String name) throws V2Error {
        try {
            DataType t = DataType.valueOf(name);
            if (t != DataType.UNRECOGNIZED) {
                return t;
            }
        } catch (IllegalArgumentException unknown) {
            // answered below
        }
        throw new V2Error(V2Error.PARAMETER_INVALID, "invalid parameter[expected=" + key + "][actual=" + name + "]");
    }

    private static String text(JsonElement e) {
        return e.isJsonPrimitive() ? e.getAsString() : e.toString();
    }

    private static String paramText(JsonObject params, String key, String fallback) {
        return params.has(key) && !params.get(key).isJsonNull() ? text(params.get(key)) : fallback;
    }

    private static long paramLong(JsonObject params, String key, long fallback) throws V2Error {
        String v = paramText(params, key, Long.toString(fallback));
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new V2Error(V2Error.PARAMETER_INVALID, "invalid parameter[expected=" + key + "][actual=" + v + "]");
        }
    }

    private static boolean paramBool(JsonObject params, String key, boolean fallback) {
        return Boolean.parseBoolean(paramText(params, key, Boolean.toString(fallback)));
    }

    private static String base64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
