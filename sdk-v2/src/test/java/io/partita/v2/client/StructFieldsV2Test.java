package io.partita.v2.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.partita.server.model.Profile;
import io.partita.v2.common.DataType;
import io.partita.v2.common.IndexParam;
import io.partita.v2.exception.MilvusClientException;
import io.partita.v2.service.collection.request.AddFieldReq;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import io.partita.v2.service.collection.request.DescribeCollectionReq;
import io.partita.v2.service.vector.request.InsertReq;
import io.partita.v2.service.vector.request.QueryReq;
import io.partita.v2.service.vector.request.SearchReq;
import io.partita.v2.service.vector.request.data.BaseVector;
import io.partita.v2.service.vector.request.data.EmbeddingList;
import io.partita.v2.service.vector.request.data.FloatVec;
import io.partita.v2.service.vector.response.QueryResp;
import io.partita.v2.service.vector.response.SearchResp;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Struct array fields and embedding-list search through the V2 API over gRPC against the real
 * reference server (milvus-2.6): a schema with a struct of a VarChar and a float vector is created
 * with its indexes, described back, filled with JSON rows, queried, and searched with embedding
 * lists whose MAX_SIM scores are worked out by hand.
 */
class StructFieldsV2Test {

    private static CreateCollectionReq.CollectionSchema schema() {
        CreateCollectionReq.CollectionSchema s =
                CreateCollectionReq.CollectionSchema.builder().build();
        s.addField(AddFieldReq.builder()
                .fieldName("id")
                .dataType(DataType.Int64)
                .isPrimaryKey(true)
                .build());
        s.addField(AddFieldReq.builder()
                .fieldName("vec")
                .dataType(DataType.FloatVector)
                .dimension(2)
                .build());
        s.addField(AddFieldReq.builder()
                .fieldName("chunks")
                .dataType(DataType.Array)
                .elementType(DataType.Struct)
                .maxCapacity(4)
                .addStructField(AddFieldReq.builder()
                        .fieldName("tag")
                        .dataType(DataType.VarChar)
                        .maxLength(16)
                        .build())
                .addStructField(AddFieldReq.builder()
                        .fieldName("v")
                        .dataType(DataType.FloatVector)
                        .dimension(2)
                        .build())
                .build());
        return s;
    }

    private static JsonObject row(long id, Object... tagsAndVectors) {
        JsonObject row = new JsonObject();
        row.addProperty("id", id);
        JsonArray vec = new JsonArray();
        vec.add(new JsonPrimitive(id));
        vec.add(new JsonPrimitive(0));
        row.add("vec", vec);
        JsonArray chunks = new JsonArray();
        for (int i = 0; i < tagsAndVectors.length; i += 2) {
            JsonObject chunk = new JsonObject();
            chunk.addProperty("tag", (String) tagsAndVectors[i]);
            JsonArray v = new JsonArray();
            for (float f : (float[]) tagsAndVectors[i + 1]) {
                v.add(new JsonPrimitive(f));
            }
            chunk.add("v", v);
            chunks.add(chunk);
        }
        row.add("chunks", chunks);
        return row;
    }

    private static EmbeddingList list(float[]... vectors) {
        EmbeddingList l = new EmbeddingList();
        for (float[] v : vectors) {
            l.add(new FloatVec(v));
        }
        return l;
    }

    @Test
    void structRowsAreStoredQueriedAndSearchedByMaxSim() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6)) {
            MilvusClientV2 client = new MilvusClientV2(
                    ConnectConfig.builder().uri(servers.grpcUri()).build());
            try {
                client.createCollection(CreateCollectionReq.builder()
                        .collectionName("books")
                        .collectionSchema(schema())
                        .indexParam(IndexParam.builder()
                                .fieldName("vec")
                                .indexType(IndexParam.IndexType.AUTOINDEX)
                                .metricType(IndexParam.MetricType.L2)
                                .build())
                        .indexParam(IndexParam.builder()
                                .fieldName("chunks[v]")
                                .indexType(IndexParam.IndexType.HNSW)
                                .metricType(IndexParam.MetricType.MAX_SIM_IP)
                                .build())
                        .build());

                CreateCollectionReq.StructFieldSchema described = client.describeCollection(
                                DescribeCollectionReq.builder()
                                        .collectionName("books")
                                        .build())
                        .getCollectionSchema()
                        .getStructField("chunks");
                assertThat(described.getMaxCapacity()).isEqualTo(4);
                assertThat(described.getFields())
                        .extracting(CreateCollectionReq.FieldSchema::getName)
                        .containsExactly("tag", "v");
                assertThat(described.getFields().get(1).getDataType()).isEqualTo(DataType.FloatVector);
                assertThat(described.getFields().get(1).getDimension()).isEqualTo(2);

                client.insert(InsertReq.builder()
                        .collectionName("books")
                        .data(List.of(
                                row(1, "a", new float[] {1, 0}, "b", new float[] {0, 1}),
                                row(2, "c", new float[] {0.5f, 0.5f}),
                                row(3, "d", new float[] {3, 0})))
                        .build());

                QueryResp q = client.query(QueryReq.builder()
                        .collectionName("books")
                        .filter("id == 1")
                        .outputFields(List.of("chunks"))
                        .build());
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> chunks = (List<Map<String, Object>>)
                        q.getQueryResults().get(0).getEntity().get("chunks");
                assertThat(chunks).hasSize(2);
                assertThat(chunks.get(0)).containsEntry("tag", "a").containsEntry("v", List.of(1f, 0f));
                assertThat(chunks.get(1)).containsEntry("tag", "b").containsEntry("v", List.of(0f, 1f));

                // [[1,0],[0,1]] by inner product: row 3 scores 3 + 0, row 1 1 + 1, row 2 0.5 + 0.5;
                // [[0,1]] alone: row 1 1, row 2 0.5, row 3 0
                List<BaseVector> queries =
                        List.of(list(new float[] {1, 0}, new float[] {0, 1}), list(new float[] {0, 1}));
                SearchResp r = client.search(SearchReq.builder()
                        .collectionName("books")
                        .annsField("chunks[v]")
                        .data(queries)
                        .limit(3)
                        .metricType(IndexParam.MetricType.MAX_SIM_IP)
                        .outputFields(List.of("id"))
                        .build());
                List<SearchResp.SearchResult> first = r.getSearchResults().get(0);
                assertThat(first.stream().map(SearchResp.SearchResult::getId).collect(Collectors.toList()))
                        .containsExactly(3L, 1L, 2L);
                assertThat(first.stream().map(SearchResp.SearchResult::getScore).collect(Collectors.toList()))
                        .containsExactly(3f, 2f, 1f);
                assertThat(first.get(0).getElementOffset()).isNull();
                List<SearchResp.SearchResult> second = r.getSearchResults().get(1);
                assertThat(second.stream()
                                .map(SearchResp.SearchResult::getScore)
                                .collect(Collectors.toList()))
                        .containsExactly(1f, 0.5f, 0f);
            } finally {
                client.close();
            }
        }
    }

    @Test
    void theServerRefusesARowWithMoreStructsThanTheCapacity() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6)) {
            MilvusClientV2 client = new MilvusClientV2(
                    ConnectConfig.builder().uri(servers.grpcUri()).build());
            try {
                client.createCollection(CreateCollectionReq.builder()
                        .collectionName("books")
                        .collectionSchema(schema())
                        .build());
                float[] v = {1, 0};
                assertThatThrownBy(() -> client.insert(InsertReq.builder()
                                .collectionName("books")
                                .data(List.of(row(1, "a", v, "b", v, "c", v, "d", v, "e", v)))
                                .build()))
                        .isInstanceOf(MilvusClientException.class)
                        .hasMessageContaining("the length (5) of 0th array exceeds max capacity (4), field chunks");
            } finally {
                client.close();
            }
        }
    }

    @Test
    void theHttpTransportsRefuseStructFieldsAsUnimplemented() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6)) {
            MilvusClientV2 client = new MilvusClientV2(
                    ConnectConfig.builder().uri(servers.httpUri()).build());
            try {
                assertThatThrownBy(() -> client.createCollection(CreateCollectionReq.builder()
                                .collectionName("books")
                                .collectionSchema(schema())
                                .build()))
                        .isInstanceOf(MilvusClientException.class)
                        .hasMessageStartingWith("UNIMPLEMENTED")
                        .hasMessageContaining("CreateCollection with struct array fields");
            } finally {
                client.close();
            }
        }
    }

    @Test
    void aStructWithoutCapacityIsRefusedByTheSchema() {
        assertThatThrownBy(() -> CreateCollectionReq.CollectionSchema.builder()
                        .build()
                        .addField(AddFieldReq.builder()
                                .fieldName("chunks")
                                .dataType(DataType.Array)
                                .elementType(DataType.Struct)
                                .addStructField(AddFieldReq.builder()
                                        .fieldName("v")
                                        .dataType(DataType.FloatVector)
                                        .dimension(2)
                                        .build())
                                .build()))
                .isInstanceOf(MilvusClientException.class)
                .hasMessageContaining("maxCapacity not set for struct field: 'chunks'");
    }
}
