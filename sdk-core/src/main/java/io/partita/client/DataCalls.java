package io.partita.client;

import io.partita.exception.ParamException;
import io.partita.model.CalcDistanceResults;
import io.partita.model.DataType;
import io.partita.model.DescribeCollectionResponse;
import io.partita.model.FieldSchema;
import io.partita.model.MutationResult;
import io.partita.model.QueryResults;
import io.partita.model.SearchResults;
import io.partita.param.R;
import io.partita.param.collection.DescribeCollectionParam;
import io.partita.param.dml.CalcDistanceParam;
import io.partita.param.dml.DeleteParam;
import io.partita.param.dml.InsertParam;
import io.partita.param.dml.QueryParam;
import io.partita.param.dml.SearchParam;
import io.partita.param.dml.UpsertParam;
import io.partita.transport.Operations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Insert, delete, search, query and distance calls. Thread-safe. */
final class DataCalls {
    private final Invoker invoker;

    DataCalls(Invoker invoker) {
        this.invoker = invoker;
    }

    /** Reads the schema, types every column, then inserts. */
    R<MutationResult> insert(InsertParam p) {
        if (p == null) {
            return invoker.call(Operations.INSERT, null);
        }
        R<DescribeCollectionResponse> described = describe(p);
        if (!described.isSuccess()) {
            return Results.failure(described);
        }
        InsertParam typed;
        try {
            typed = typeFields(p, described.getData(), false);
        } catch (ParamException e) {
            return R.failed(e);
        }
        return invoker.call(Operations.INSERT, typed);
    }

    /** Reads the schema, types every column as {@link #insert} does, then upserts. */
    R<MutationResult> upsert(UpsertParam p) {
        if (p == null) {
            return invoker.call(Operations.UPSERT, null);
        }
        R<DescribeCollectionResponse> described = describe(p.asInsertParam());
        if (!described.isSuccess()) {
            return Results.failure(described);
        }
        UpsertParam typed;
        try {
            typed = p.withTypedFields(typeFields(p.asInsertParam(), described.getData(), true, p.isPartialUpdate())
                    .getFields());
        } catch (ParamException e) {
            return R.failed(e);
        }
        return invoker.call(Operations.UPSERT, typed);
    }

    private R<DescribeCollectionResponse> describe(InsertParam p) {
        return invoker.call(
                Operations.DESCRIBE_COLLECTION,
                DescribeCollectionParam.newBuilder()
                        .withCollectionName(p.getCollectionName())
                        .build());
    }

    /** The hidden JSON field that holds a dynamic schema's undeclared keys. */
    static final String DYNAMIC_FIELD = "$meta";

    /**
     * @param upsert an upsert names the rows it replaces: it must carry the primary key, an auto-id
     *     one too, where an insert must leave an auto-id key to the server
     */
    static InsertParam typeFields(InsertParam p, DescribeCollectionResponse description, boolean upsert) {
        return typeFields(p, description, upsert, false);
    }

    /**
     * As {@link #typeFields(InsertParam, DescribeCollectionResponse, boolean)}; a partial upsert may
     * leave fields out (the server fills them from the stored rows, or refuses a new key's row).
     */
    static InsertParam typeFields(
            InsertParam p, DescribeCollectionResponse description, boolean upsert, boolean partial) {
        Map<String, FieldSchema> schema = new LinkedHashMap<>();
        if (description.hasSchema()) {
            for (FieldSchema f : description.getSchema().getFieldsList()) {
                schema.put(f.getName(), f);
            }
        }
        boolean dynamic = description.hasSchema() && description.getSchema().getEnableDynamicField();
        java.util.Set<String> functionOutputs = new java.util.HashSet<>();
        if (description.hasSchema()) {
            description
                    .getSchema()
                    .getFunctionsList()
                    .forEach(fn -> functionOutputs.addAll(fn.getOutputFieldNamesList()));
        }
        Map<String, io.partita.model.StructArrayFieldSchema> structs = new LinkedHashMap<>();
        if (description.hasSchema()) {
            description.getSchema().getStructArrayFieldsList().forEach(st -> structs.put(st.getName(), st));
        }
        List<InsertParam.Field> typed = new ArrayList<>();
        for (InsertParam.Field field : p.getFields()) {
            io.partita.model.StructArrayFieldSchema st = structs.get(field.getName());
            if (st != null) {
                // a struct array field's column, typed by the described sub-fields
                typed.add(InsertParam.Field.ofStructs(st.getName(), st.getFieldsList(), field.getValues()));
                continue;
            }
            if (dynamic && field.getName().equals(DYNAMIC_FIELD) && !schema.containsKey(DYNAMIC_FIELD)) {
                typed.add(new InsertParam.Field(DYNAMIC_FIELD, DataType.JSON, field.getValues()));
            } else {
                typed.add(typed(p, field, schema.get(field.getName()), schema, upsert));
            }
        }
        for (FieldSchema f : schema.values()) {
            boolean given = typed.stream().anyMatch(t -> t.getName().equals(f.getName()));
            if (!given
                    && !partial
                    && !(f.getIsPrimaryKey() && f.getAutoID() && !upsert)
                    && !f.getNullable()
                    && !f.hasDefaultValue()
                    && !f.getIsDynamic()
                    && !functionOutputs.contains(f.getName())) { // a function's output is the server's
                throw new ParamException(
                        "fields: field " + f.getName() + " of collection " + p.getCollectionName() + " is missing");
            }
        }
        for (String st : structs.keySet()) {
            if (!partial && typed.stream().noneMatch(t -> t.getName().equals(st))) {
                throw new ParamException(
                        "fields: struct field " + st + " of collection " + p.getCollectionName() + " is missing");
            }
        }
        return p.withTypedFields(typed);
    }

    private static InsertParam.Field typed(
            InsertParam p, InsertParam.Field field, FieldSchema f, Map<String, FieldSchema> schema, boolean upsert) {
        if (f == null) {
            throw new ParamException("fields: collection " + p.getCollectionName() + " has no field named "
                    + field.getName() + "; its fields are " + schema.keySet());
        }
        if (f.getIsPrimaryKey() && f.getAutoID() && !upsert) {
            throw new ParamException("fields: the primary key " + field.getName()
                    + " is generated by the server (autoID); do not insert it");
        }
        if (field.getType() != null && field.getType() != f.getDataType()) {
            throw new ParamException("fields: " + field.getName() + " has type " + f.getDataType() + " in collection "
                    + p.getCollectionName() + ", got " + field.getType());
        }
        if (!f.getNullable() && field.getValues().contains(null)) {
            throw new ParamException("fields: " + field.getName() + " of collection " + p.getCollectionName()
                    + " is not nullable, got a null value in row "
                    + field.getValues().indexOf(null));
        }
        return new InsertParam.Field(field.getName(), f.getDataType(), f.getElementType(), field.getValues());
    }

    R<MutationResult> delete(DeleteParam p) {
        return invoker.call(Operations.DELETE, p);
    }

    R<SearchResults> search(SearchParam p) {
        return invoker.call(Operations.SEARCH, p);
    }

    R<SearchResults> hybridSearch(io.partita.param.dml.HybridSearchParam p) {
        return invoker.call(Operations.HYBRID_SEARCH, p);
    }

    R<QueryResults> query(QueryParam p) {
        return invoker.call(Operations.QUERY, p);
    }

    R<CalcDistanceResults> calcDistance(CalcDistanceParam p) {
        return invoker.call(Operations.CALC_DISTANCE, p);
    }
}
