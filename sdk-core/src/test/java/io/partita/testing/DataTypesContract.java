package io.partita.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import io.partita.common.clientenum.ConsistencyLevelEnum;
import io.partita.model.DataType;
import io.partita.model.DescribeCollectionResponse;
import io.partita.model.FieldSchema;
import io.partita.model.MutationResult;
import io.partita.model.QueryResults;
import io.partita.param.IndexType;
import io.partita.param.MetricType;
import io.partita.param.R;
import io.partita.param.collection.CreateCollectionParam;
import io.partita.param.collection.DescribeCollectionParam;
import io.partita.param.collection.DropCollectionParam;
import io.partita.param.collection.FieldType;
import io.partita.param.collection.LoadCollectionParam;
import io.partita.param.dml.InsertParam;
import io.partita.param.dml.QueryParam;
import io.partita.param.index.CreateIndexParam;
import io.partita.response.QueryResultsWrapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Today's data model through the 2.x API, proved by each transport module against the reference
 * server on a profile that has it (milvus-2.6): a JSON field, an Array field, a nullable field and
 * a dynamic schema's {@code $meta} field, inserted as columns, described, filtered and read back
 * with the values they were given; bad values refused with the server's reason.
 */
public abstract class DataTypesContract {
    private static final int DIM = 4;
    private final List<String> created = new ArrayList<>();

    /** @return a client of the transport under test, connected to a milvus-2.6 reference server */
    protected abstract MilvusClient client();

    @AfterEach
    void dropCollections() {
        for (String name : created) {
            client().dropCollection(DropCollectionParam.newBuilder()
                    .withCollectionName(name)
                    .build());
        }
        created.clear();
    }

    private String newCollection() {
        String name = "types_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        R<?> r = client().createCollection(CreateCollectionParam.newBuilder()
                .withCollectionName(name)
                .withEnableDynamicField(true)
                .addFieldType(FieldType.newBuilder()
                        .withName("id")
                        .withDataType(DataType.Int64)
                        .withPrimaryKey(true)
                        .build())
                .addFieldType(FieldType.newBuilder()
                        .withName("vec")
                        .withDataType(DataType.FloatVector)
                        .withDimension(DIM)
                        .build())
                .addFieldType(FieldType.newBuilder()
                        .withName("doc")
                        .withDataType(DataType.JSON)
                        .build())
                .addFieldType(FieldType.newBuilder()
                        .withName("tags")
                        .withDataType(DataType.Array)
                        .withElementType(DataType.Int32)
                        .withMaxCapacity(4)
                        .build())
                .addFieldType(FieldType.newBuilder()
                        .withName("note")
                        .withDataType(DataType.VarChar)
                        .withMaxLength(32)
                        .withNullable(true)
                        .build())
                .build());
        assertThat(r.getException()).as("create %s", name).isNull();
        created.add(name);
        return name;
    }

    private R<MutationResult> insert(String name, List<Long> ids, List<?> docs, List<?> tags, List<?> notes) {
        List<List<Float>> vectors = new ArrayList<>();
        List<Object> meta = new ArrayList<>();
        for (long id : ids) {
            vectors.add(List.of((float) id, 0f, 0f, 0f));
            meta.add("{\"color\": \"" + (id % 2 == 0 ? "red" : "blue") + "\", \"rank\": " + id + "}");
        }
        return client().insert(InsertParam.newBuilder()
                .withCollectionName(name)
                .withFields(List.of(
                        new InsertParam.Field("id", ids),
                        new InsertParam.Field("vec", vectors),
                        new InsertParam.Field("doc", docs),
                        new InsertParam.Field("tags", tags),
                        new InsertParam.Field("note", notes),
                        new InsertParam.Field("$meta", meta)))
                .build());
    }

    private void indexAndLoad(String name) {
        client().createIndex(CreateIndexParam.newBuilder()
                        .withCollectionName(name)
                        .withFieldName("vec")
                        .withIndexType(IndexType.FLAT)
                        .withMetricType(MetricType.L2)
                        .withExtraParam("{}")
                        .build())
                .orThrow();
        client().loadCollection(LoadCollectionParam.newBuilder()
                        .withCollectionName(name)
                        .withSyncLoad(true)
                        .build())
                .orThrow();
    }

    private Map<Long, Map<String, Object>> query(String name, String expr, String... outputs) {
        QueryResults r = client().query(QueryParam.newBuilder()
                        .withCollectionName(name)
                        .withExpr(expr)
                        .withOutFields(Arrays.asList(outputs))
                        .withConsistencyLevel(ConsistencyLevelEnum.STRONG)
                        .build())
                .orThrow();
        QueryResultsWrapper w = new QueryResultsWrapper(r);
        List<?> ids = w.getFieldWrapper("id").getFieldData();
        Map<Long, Map<String, Object>> rows = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            Map<String, Object> row = new HashMap<>();
            for (String out : outputs) {
                row.put(out, w.getFieldWrapper(out).getFieldData().get(i));
            }
            rows.put((Long) ids.get(i), row);
        }
        return rows;
    }

    @Test
    void newTypesAreDescribedAsCreated() {
        String name = newCollection();
        DescribeCollectionResponse d = client().describeCollection(DescribeCollectionParam.newBuilder()
                        .withCollectionName(name)
                        .build())
                .orThrow();
        assertThat(d.getSchema().getEnableDynamicField()).isTrue();
        Map<String, FieldSchema> fields = new HashMap<>();
        d.getSchema().getFieldsList().forEach(f -> fields.put(f.getName(), f));
        assertThat(fields.get("doc").getDataType()).isEqualTo(DataType.JSON);
        assertThat(fields.get("tags").getDataType()).isEqualTo(DataType.Array);
        assertThat(fields.get("tags").getElementType()).isEqualTo(DataType.Int32);
        assertThat(fields.get("note").getNullable()).isTrue();
        assertThat(fields.get("id").getNullable()).isFalse();
    }

    @Test
    void jsonArrayNullableAndDynamicValuesRoundTrip() {
        String name = newCollection();
        List<Object> notes = new ArrayList<>(Arrays.asList("first", null, "third"));
        MutationResult m = insert(
                        name,
                        List.of(1L, 2L, 3L),
                        List.of("{\"a\": 1, \"b\": \"x\"}", "{\"a\": 2, \"b\": [1, 2]}", "{\"a\": 3}"),
                        List.of(List.of(1, 2), List.of(), List.of(7, 8, 9)),
                        notes)
                .orThrow();
        assertThat(m.getInsertCnt()).isEqualTo(3);
        indexAndLoad(name);

        Map<Long, Map<String, Object>> rows = query(name, "id > 0", "doc", "tags", "note");
        assertThat(rows).containsOnlyKeys(1L, 2L, 3L);
        assertThat(((String) rows.get(1L).get("doc")).replace(" ", "")).isEqualTo("{\"a\":1,\"b\":\"x\"}");
        assertThat(rows.get(1L).get("tags")).isEqualTo(List.of(1, 2));
        assertThat(rows.get(2L).get("tags")).isEqualTo(List.of());
        assertThat(rows.get(3L).get("tags")).isEqualTo(List.of(7, 8, 9));
        assertThat(rows.get(1L).get("note")).isEqualTo("first");
        assertThat(rows.get(2L).get("note")).isNull();

        assertThat(query(name, "doc[\"a\"] >= 2", "doc").keySet()).containsExactlyInAnyOrder(2L, 3L);
        assertThat(query(name, "array_contains(tags, 8)", "tags").keySet()).containsExactly(3L);
        assertThat(query(name, "note is null", "note").keySet()).containsExactly(2L);
        assertThat(query(name, "color == \"red\"", "doc").keySet()).containsExactly(2L);
        Map<Long, Map<String, Object>> meta = query(name, "rank == 3", "$meta");
        assertThat(meta).containsOnlyKeys(3L);
        assertThat(((String) meta.get(3L).get("$meta")).replace(" ", "")).contains("\"color\":\"blue\"");
    }

    @Test
    void badValuesAreRefusedWithTheServersReason() {
        String name = newCollection();
        R<MutationResult> badJson = insert(name, List.of(1L), List.of("{not json"), List.of(List.of(1)), List.of("n"));
        assertThat(badJson.getStatus()).isNotEqualTo(0).isNotEqualTo(65535);
        assertThat(badJson.getMessage()).containsIgnoringCase("json");

        R<MutationResult> tooMany =
                insert(name, List.of(1L), List.of("{}"), List.of(List.of(1, 2, 3, 4, 5)), List.of("n"));
        assertThat(tooMany.getStatus()).isNotEqualTo(0).isNotEqualTo(65535);
        assertThat(tooMany.getMessage()).contains("max capacity");
    }
}
