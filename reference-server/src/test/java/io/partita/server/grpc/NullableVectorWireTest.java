package io.partita.server.grpc;

import static io.partita.server.grpc.LiveServer.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import io.partita.wire.CollectionSchema;
import io.partita.wire.CreateCollectionRequest;
import io.partita.wire.DataType;
import io.partita.wire.FieldData;
import io.partita.wire.FieldSchema;
import io.partita.wire.FloatArray;
import io.partita.wire.FlushRequest;
import io.partita.wire.InsertRequest;
import io.partita.wire.LoadCollectionRequest;
import io.partita.wire.MutationResult;
import io.partita.wire.QueryRequest;
import io.partita.wire.QueryResults;
import io.partita.wire.SearchResults;
import io.partita.wire.Status;
import io.partita.wire.UpsertRequest;
import io.partita.wire.VectorField;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nullable vector fields on the gRPC port (milvus-2.6): a column carries valid_data for every row
 * and the vectors of the valid rows only, in and out, as pymilvus 3 and Milvus 2.6 do; null rows
 * are never searched; older profiles refuse the schema.
 */
class NullableVectorWireTest {
    private static final int DIM = LiveServer.DIM;

    @TempDir
    Path dir;

    private LiveServer start(Profile p) throws Exception {
        return new LiveServer(ReferenceServer.builder().dataDir(dir).profile(p));
    }

    private static Status create(LiveServer s) {
        CollectionSchema schema = CollectionSchema.newBuilder()
                .setName("nv")
                .addFields(FieldSchema.newBuilder()
                        .setName("id")
                        .setDataType(DataType.Int64)
                        .setIsPrimaryKey(true))
                .addFields(FieldSchema.newBuilder()
                        .setName("vec")
                        .setDataType(DataType.FloatVector)
                        .setNullable(true)
                        .addTypeParams(WireRequests.kv("dim", Integer.toString(DIM))))
                .build();
        return s.stub()
                .createCollection(CreateCollectionRequest.newBuilder()
                        .setCollectionName("nv")
                        .setSchema(schema.toByteString())
                        .build());
    }

    /** Rows with these ids, vector (id, 1, 0, 0), null where {@code id % 3 == 0}: the valid rows' vectors only. */
    private static FieldData vectors(long... ids) {
        FloatArray.Builder a = FloatArray.newBuilder();
        FieldData.Builder fd = FieldData.newBuilder().setFieldName("vec").setType(DataType.FloatVector);
        for (long id : ids) {
            boolean valid = id % 3 != 0;
            fd.addValidData(valid);
            if (valid) {
                a.addData(id).addData(1).addData(0).addData(0);
            }
        }
        return fd.setVectors(VectorField.newBuilder().setDim(DIM).setFloatVector(a))
                .build();
    }

    private static MutationResult insert(LiveServer s, FieldData vec, long... ids) {
        return s.stub()
                .insert(InsertRequest.newBuilder()
                        .setCollectionName("nv")
                        .addFieldsData(WireRequests.ids(ids))
                        .addFieldsData(vec)
                        .setNumRows(ids.length)
                        .build());
    }

    private static FieldData column(List<FieldData> fields, String name) {
        return fields.stream()
                .filter(f -> f.getFieldName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void nullVectorsTravelAsValidDataWithTheValidRowsVectorsOnly() throws Exception {
        try (LiveServer s = start(Profile.MILVUS_2_6)) {
            assertOk(create(s));
            assertOk(insert(s, vectors(0, 1, 2, 3, 4), 0, 1, 2, 3, 4).getStatus());
            assertOk(s.stub()
                    .flush(FlushRequest.newBuilder().addCollectionNames("nv").build())
                    .getStatus());
            // a column of null rows only: pymilvus sends valid_data and no vectors at all
            assertOk(insert(
                            s,
                            FieldData.newBuilder()
                                    .setFieldName("vec")
                                    .setType(DataType.FloatVector)
                                    .addValidData(false)
                                    .addValidData(false)
                                    .build(),
                            6,
                            9)
                    .getStatus());
            assertOk(s.stub()
                    .upsert(UpsertRequest.newBuilder()
                            .setCollectionName("nv")
                            .addFieldsData(WireRequests.ids(5, 12))
                            .addFieldsData(vectors(5, 12))
                            .setNumRows(2)
                            .build())
                    .getStatus());
            assertOk(s.stub()
                    .loadCollection(LoadCollectionRequest.newBuilder()
                            .setCollectionName("nv")
                            .build()));
            s.awaitLoaded("nv");

            QueryResults q = s.stub()
                    .query(QueryRequest.newBuilder()
                            .setCollectionName("nv")
                            .setExpr("id in [0, 1, 2, 3, 4, 5, 6, 9, 12]")
                            .addOutputFields("id")
                            .addOutputFields("vec")
                            .build());
            assertOk(q.getStatus());
            List<Long> ids = column(q.getFieldsDataList(), "id")
                    .getScalars()
                    .getLongData()
                    .getDataList();
            FieldData vec = column(q.getFieldsDataList(), "vec");
            assertThat(vec.getValidDataCount()).isEqualTo(ids.size());
            int valid = 0;
            for (int i = 0; i < ids.size(); i++) {
                assertThat(vec.getValidData(i)).as("row %d valid", ids.get(i)).isEqualTo(ids.get(i) % 3 != 0);
                if (vec.getValidData(i)) {
                    // the valid rows' vectors, in row order: this row's is the next one
                    assertThat(vec.getVectors().getFloatVector().getData(valid * DIM))
                            .isEqualTo((float) ids.get(i));
                    valid++;
                }
            }
            assertThat(valid).isEqualTo(4);
            assertThat(vec.getVectors().getDim()).isEqualTo(DIM);
            assertThat(vec.getVectors().getFloatVector().getDataCount()).isEqualTo(valid * DIM);

            SearchResults r = s.stub()
                    .search(WireRequests.search("nv", "10", new float[] {0, 0, 0, 0})
                            .addOutputFields("vec")
                            .build());
            List<Long> hits = LiveServer.ids(r);
            assertThat(hits).containsExactly(1L, 2L, 4L, 5L);
            FieldData out = column(r.getResults().getFieldsDataList(), "vec");
            assertThat(out.getValidDataList()).containsOnly(true);
            assertThat(out.getVectors().getFloatVector().getData(0)).isEqualTo(1f);
        }
    }

    @Test
    void aColumnWhoseVectorsDoNotMatchItsValidRowsIsRefusedWithMilvussText() throws Exception {
        try (LiveServer s = start(Profile.MILVUS_2_6)) {
            assertOk(create(s));
            FieldData tooMany = vectors(1, 2).toBuilder()
                    .clearValidData()
                    .addValidData(true)
                    .addValidData(false)
                    .build();
            Status st = insert(s, tooMany, 1, 2).getStatus();
            assertThat(st.getCode()).isEqualTo(1100);
            assertThat(st.getReason()).contains("the num_rows (2) of field (vec) is not equal to passed num_rows (1)");
        }
    }

    @Test
    void aByteVectorColumnOfNullRowsOnlyMayCarryTheDimAlone() {
        // pymilvus's row path for FLOAT16/BFLOAT16/INT8/BINARY sets vectors.dim and no data when
        // every row is None
        FieldData fd = FieldData.newBuilder()
                .setFieldName("f16")
                .setType(DataType.Float16Vector)
                .setVectors(VectorField.newBuilder().setDim(DIM))
                .addValidData(false)
                .addValidData(false)
                .build();
        io.partita.server.model.FieldColumn c = FieldDataCodec.toColumn(fd);
        assertThat(c.rowCount()).isEqualTo(2);
        assertThat(c.valid()).containsExactly(false, false);
    }

    @Test
    void milvus23RefusesTheSchema() throws Exception {
        try (LiveServer s = start(Profile.MILVUS_2_3)) {
            Status st = create(s);
            assertThat(st.getCode()).isEqualTo(1100);
            assertThat(st.getReason()).contains("vector type not support null, field: vec");
        }
    }
}
