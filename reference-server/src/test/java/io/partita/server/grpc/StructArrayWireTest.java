package io.partita.server.grpc;

import static io.partita.server.grpc.LiveServer.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import io.partita.wire.ArrayArray;
import io.partita.wire.CollectionSchema;
import io.partita.wire.CreateCollectionRequest;
import io.partita.wire.CreateIndexRequest;
import io.partita.wire.DataType;
import io.partita.wire.DescribeCollectionRequest;
import io.partita.wire.FieldData;
import io.partita.wire.FieldSchema;
import io.partita.wire.FloatArray;
import io.partita.wire.InsertRequest;
import io.partita.wire.LoadCollectionRequest;
import io.partita.wire.PlaceholderGroup;
import io.partita.wire.PlaceholderType;
import io.partita.wire.PlaceholderValue;
import io.partita.wire.QueryRequest;
import io.partita.wire.QueryResults;
import io.partita.wire.ScalarField;
import io.partita.wire.SearchResults;
import io.partita.wire.Status;
import io.partita.wire.StringArray;
import io.partita.wire.StructArrayField;
import io.partita.wire.StructArrayFieldSchema;
import io.partita.wire.VectorArray;
import io.partita.wire.VectorField;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Struct array fields over the wire under milvus-2.6: created, described back, inserted, queried and
 * searched with embedding lists (MAX_SIM scores worked out by hand); Milvus's schema refusals; older
 * profiles drop the schema part they do not know.
 */
class StructArrayWireTest {
    @TempDir
    Path dir;

    private static StructArrayFieldSchema chunks(String capacity, String otherCapacity) {
        return StructArrayFieldSchema.newBuilder()
                .setName("chunks")
                .setDescription("parts")
                .addFields(FieldSchema.newBuilder()
                        .setName("tag")
                        .setDataType(DataType.Array)
                        .setElementType(DataType.VarChar)
                        .addTypeParams(WireRequests.kv("max_length", "8"))
                        .addTypeParams(WireRequests.kv("max_capacity", capacity)))
                .addFields(FieldSchema.newBuilder()
                        .setName("v")
                        .setDataType(DataType.ArrayOfVector)
                        .setElementType(DataType.FloatVector)
                        .addTypeParams(WireRequests.kv("dim", "2"))
                        .addTypeParams(WireRequests.kv("max_capacity", otherCapacity)))
                .build();
    }

    private static Status create(LiveServer s, StructArrayFieldSchema struct) {
        CollectionSchema schema = WireRequests.schema("st", LiveServer.DIM).toBuilder()
                .addStructArrayFields(struct)
                .build();
        return s.stub()
                .createCollection(CreateCollectionRequest.newBuilder()
                        .setCollectionName("st")
                        .setSchema(schema.toByteString())
                        .build());
    }

    /** Rows 1..3: chunks [(a,[1,0]),(b,[0,1])], [(c,[0.5,0.5])], [(d,[3,0])]. */
    private static FieldData rows() {
        ArrayArray.Builder tags = ArrayArray.newBuilder().setElementType(DataType.VarChar);
        for (List<String> t : List.of(List.of("a", "b"), List.of("c"), List.of("d"))) {
            tags.addData(ScalarField.newBuilder()
                    .setStringData(StringArray.newBuilder().addAllData(t)));
        }
        VectorArray.Builder vs = VectorArray.newBuilder().setDim(2).setElementType(DataType.FloatVector);
        for (List<Float> v : List.of(List.of(1f, 0f, 0f, 1f), List.of(0.5f, 0.5f), List.of(3f, 0f))) {
            vs.addData(VectorField.newBuilder()
                    .setDim(2)
                    .setFloatVector(FloatArray.newBuilder().addAllData(v)));
        }
        return FieldData.newBuilder()
                .setFieldName("chunks")
                .setType(DataType.ArrayOfStruct)
                .setStructArrays(StructArrayField.newBuilder()
                        .addFields(FieldData.newBuilder()
                                .setFieldName("tag")
                                .setType(DataType.Array)
                                .setScalars(ScalarField.newBuilder().setArrayData(tags)))
                        .addFields(FieldData.newBuilder()
                                .setFieldName("v")
                                .setType(DataType.ArrayOfVector)
                                .setVectors(VectorField.newBuilder().setDim(2).setVectorArray(vs))))
                .build();
    }

    private static ByteString embeddingLists(float[]... lists) {
        PlaceholderValue.Builder v =
                PlaceholderValue.newBuilder().setTag("$0").setType(PlaceholderType.EmbListFloatVector);
        for (float[] q : lists) {
            ByteBuffer b = ByteBuffer.allocate(q.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            for (float f : q) {
                b.putFloat(f);
            }
            v.addValues(ByteString.copyFrom(b.array()));
        }
        return PlaceholderGroup.newBuilder().addPlaceholders(v).build().toByteString();
    }

    private LiveServer loaded() throws Exception {
        LiveServer s = new LiveServer(ReferenceServer.builder().dataDir(dir).profile(Profile.MILVUS_2_6));
        assertOk(create(s, chunks("4", "4")));
        assertOk(s.stub()
                .insert(InsertRequest.newBuilder()
                        .setCollectionName("st")
                        .addFieldsData(WireRequests.ids(1, 2, 3))
                        .addFieldsData(WireRequests.vectors(
                                LiveServer.DIM, new float[] {1, 0, 0, 0}, new float[] {2, 0, 0, 0}, new float[] {
                                    3, 0, 0, 0
                                }))
                        .addFieldsData(rows())
                        .setNumRows(3)
                        .build())
                .getStatus());
        assertOk(s.stub()
                .createIndex(CreateIndexRequest.newBuilder()
                        .setCollectionName("st")
                        .setFieldName("chunks[v]")
                        .addExtraParams(WireRequests.kv("index_type", "HNSW"))
                        .addExtraParams(WireRequests.kv("metric_type", "MAX_SIM_IP"))
                        .build()));
        assertOk(s.stub()
                .loadCollection(LoadCollectionRequest.newBuilder()
                        .setCollectionName("st")
                        .build()));
        s.awaitLoaded("st");
        return s;
    }

    @Test
    void aStructFieldIsDescribedBackWithItsSubFieldsAndIds() throws Exception {
        try (LiveServer s = loaded()) {
            CollectionSchema schema = s.stub()
                    .describeCollection(DescribeCollectionRequest.newBuilder()
                            .setCollectionName("st")
                            .build())
                    .getSchema();
            assertThat(schema.getFieldsList()).extracting(FieldSchema::getName).containsExactly("id", "vec");
            StructArrayFieldSchema st = schema.getStructArrayFields(0);
            assertThat(st.getName()).isEqualTo("chunks");
            assertThat(st.getDescription()).isEqualTo("parts");
            assertThat(st.getFieldID()).isEqualTo(102);
            assertThat(st.getFieldsList()).extracting(FieldSchema::getName).containsExactly("tag", "v");
            assertThat(st.getFieldsList()).extracting(FieldSchema::getFieldID).containsExactly(103L, 104L);
            assertThat(st.getFields(1).getDataType()).isEqualTo(DataType.ArrayOfVector);
            assertThat(st.getFields(1).getElementType()).isEqualTo(DataType.FloatVector);
            assertThat(SchemaCodec.toMap(st.getFields(1).getTypeParamsList()))
                    .containsEntry("dim", "2")
                    .containsEntry("max_capacity", "4");
            assertThat(st.getFields(0).getElementType()).isEqualTo(DataType.VarChar);
        }
    }

    @Test
    void aQueryAnswersEachRowsStructsPerSubField() throws Exception {
        try (LiveServer s = loaded()) {
            QueryResults r = s.stub()
                    .query(QueryRequest.newBuilder()
                            .setCollectionName("st")
                            .setExpr("id in [1, 3]")
                            .addOutputFields("chunks")
                            .build());
            assertOk(r.getStatus());
            FieldData chunks = r.getFieldsDataList().stream()
                    .filter(f -> f.getFieldName().equals("chunks"))
                    .findFirst()
                    .orElseThrow();
            assertThat(chunks.getType()).isEqualTo(DataType.ArrayOfStruct);
            FieldData tag = chunks.getStructArrays().getFields(0);
            assertThat(tag.getFieldName()).isEqualTo("tag");
            assertThat(tag.getScalars()
                            .getArrayData()
                            .getData(0)
                            .getStringData()
                            .getDataList())
                    .containsExactly("a", "b");
            assertThat(tag.getScalars()
                            .getArrayData()
                            .getData(1)
                            .getStringData()
                            .getDataList())
                    .containsExactly("d");
            FieldData v = chunks.getStructArrays().getFields(1);
            assertThat(v.getType()).isEqualTo(DataType.ArrayOfVector);
            assertThat(v.getVectors()
                            .getVectorArray()
                            .getData(0)
                            .getFloatVector()
                            .getDataList())
                    .containsExactly(1f, 0f, 0f, 1f);
        }
    }

    @Test
    void anEmbeddingListSearchRanksRowsByMaxSim() throws Exception {
        try (LiveServer s = loaded()) {
            // query [[1,0],[0,1]] by inner product: row 1 max(1,0)+max(0,1) = 2; row 2 0.5+0.5 = 1;
            // row 3 3+0 = 3
            SearchResults r = s.stub()
                    .search(WireRequests.search("st", "3")
                            .setPlaceholderGroup(embeddingLists(new float[] {1, 0, 0, 1}))
                            .clearSearchParams()
                            .addSearchParams(WireRequests.kv("anns_field", "chunks[v]"))
                            .addSearchParams(WireRequests.kv("topk", "3"))
                            .addOutputFields("chunks")
                            .build());
            assertOk(r.getStatus());
            assertThat(LiveServer.ids(r)).containsExactly(3L, 1L, 2L);
            assertThat(r.getResults().getScoresList()).containsExactly(3f, 2f, 1f);
            assertThat(r.getResults().getFieldsData(0).getStructArrays().getFieldsCount())
                    .isEqualTo(2);
        }
    }

    @Test
    void aRestartKeepsTheStructSchemaAndRows() throws Exception {
        loaded().close();
        try (LiveServer s =
                new LiveServer(ReferenceServer.builder().dataDir(dir).profile(Profile.MILVUS_2_6))) {
            CollectionSchema schema = s.stub()
                    .describeCollection(DescribeCollectionRequest.newBuilder()
                            .setCollectionName("st")
                            .build())
                    .getSchema();
            assertThat(schema.getStructArrayFields(0).getFieldsList())
                    .extracting(FieldSchema::getName)
                    .containsExactly("tag", "v");
            assertOk(s.stub()
                    .loadCollection(LoadCollectionRequest.newBuilder()
                            .setCollectionName("st")
                            .build()));
            s.awaitLoaded("st");
            SearchResults r = s.stub()
                    .search(WireRequests.search("st", "3")
                            .setPlaceholderGroup(embeddingLists(new float[] {1, 0, 0, 1}))
                            .clearSearchParams()
                            .addSearchParams(WireRequests.kv("anns_field", "chunks[v]"))
                            .addSearchParams(WireRequests.kv("topk", "3"))
                            .build());
            assertOk(r.getStatus());
            assertThat(LiveServer.ids(r)).containsExactly(3L, 1L, 2L);
        }
    }

    @Test
    void anotherMetricThanTheIndexOnesIsRefused() throws Exception {
        try (LiveServer s = loaded()) {
            SearchResults r = s.stub()
                    .search(WireRequests.search("st", "3")
                            .setPlaceholderGroup(embeddingLists(new float[] {1, 0}))
                            .clearSearchParams()
                            .addSearchParams(WireRequests.kv("anns_field", "chunks[v]"))
                            .addSearchParams(WireRequests.kv("topk", "3"))
                            .addSearchParams(WireRequests.kv("metric_type", "MAX_SIM_L2"))
                            .build());
            assertThat(r.getStatus().getReason())
                    .contains("metric type not match: invalid parameter[expected=MAX_SIM_IP][actual=MAX_SIM_L2]");
            SearchResults plain = s.stub()
                    .search(WireRequests.search("st", "3", new float[] {1, 0})
                            .clearSearchParams()
                            .addSearchParams(WireRequests.kv("anns_field", "chunks[v]"))
                            .addSearchParams(WireRequests.kv("topk", "3"))
                            .build());
            assertThat(plain.getStatus().getReason()).contains("is searched with embedding lists");
        }
    }

    @Test
    void subFieldsWithDifferentCapacitiesAreRefusedAsMilvusDoes() throws Exception {
        try (LiveServer s =
                new LiveServer(ReferenceServer.builder().dataDir(dir).profile(Profile.MILVUS_2_6))) {
            Status st = create(s, chunks("4", "8"));
            assertThat(st.getCode()).isEqualTo(1100);
            assertThat(st.getReason())
                    .contains("all sub-fields in struct array field must have the same max_capacity: structName=chunks,"
                            + " subFieldName=v, max_capacity=8, expected=4");
        }
    }

    @Test
    void aRowWithUnevenSubFieldsIsRefused() throws Exception {
        try (LiveServer s = loaded()) {
            FieldData bad = rows().toBuilder()
                    .setStructArrays(rows().getStructArrays().toBuilder()
                            .setFields(
                                    1,
                                    rows().getStructArrays().getFields(1).toBuilder()
                                            .setVectors(VectorField.newBuilder()
                                                    .setDim(2)
                                                    .setVectorArray(VectorArray.newBuilder()
                                                            .setDim(2)
                                                            .addData(vector(1, 0))
                                                            .addData(vector(1, 0))
                                                            .addData(vector(1, 0, 0, 1))))))
                    .build();
            Status st = s.stub()
                    .insert(InsertRequest.newBuilder()
                            .setCollectionName("st")
                            .addFieldsData(WireRequests.ids(7, 8, 9))
                            .addFieldsData(
                                    WireRequests.vectors(LiveServer.DIM, new float[4], new float[4], new float[4]))
                            .addFieldsData(bad)
                            .setNumRows(3)
                            .build())
                    .getStatus();
            assertThat(st.getReason()).contains("hold different numbers of elements at row 0: 2 and 1 (v)");
        }
    }

    private static VectorField vector(float... values) {
        FloatArray.Builder a = FloatArray.newBuilder();
        for (float f : values) {
            a.addData(f);
        }
        return VectorField.newBuilder().setDim(2).setFloatVector(a).build();
    }

    @Test
    void milvus23DropsTheStructFieldsItDoesNotKnow() throws Exception {
        try (LiveServer s =
                new LiveServer(ReferenceServer.builder().dataDir(dir).profile(Profile.MILVUS_2_3))) {
            assertOk(create(s, chunks("4", "4")));
            CollectionSchema schema = s.stub()
                    .describeCollection(DescribeCollectionRequest.newBuilder()
                            .setCollectionName("st")
                            .build())
                    .getSchema();
            assertThat(schema.getStructArrayFieldsCount()).isZero();
            assertThat(schema.getFieldsList()).extracting(FieldSchema::getName).containsExactly("id", "vec");
        }
    }
}
