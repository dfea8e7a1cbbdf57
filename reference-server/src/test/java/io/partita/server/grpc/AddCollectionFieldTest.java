package io.partita.server.grpc;

import static io.partita.server.grpc.LiveServer.assertOk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.StatusRuntimeException;
import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import io.partita.wire.AddCollectionFieldRequest;
import io.partita.wire.DataType;
import io.partita.wire.DescribeCollectionRequest;
import io.partita.wire.FieldData;
import io.partita.wire.FieldSchema;
import io.partita.wire.FlushRequest;
import io.partita.wire.InsertRequest;
import io.partita.wire.LoadCollectionRequest;
import io.partita.wire.LongArray;
import io.partita.wire.QueryRequest;
import io.partita.wire.QueryResults;
import io.partita.wire.ScalarField;
import io.partita.wire.Status;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AddCollectionField (milvus-2.6) through the gRPC port: a nullable field added to a loaded
 * collection with sealed and growing rows; the old rows read it as null, new rows carry values,
 * and all of it survives a flush and a restart. Milvus's refusals; older profiles answer
 * UNIMPLEMENTED.
 */
class AddCollectionFieldTest {
    @TempDir
    Path dir;

    private LiveServer start(Profile p) throws Exception {
        return new LiveServer(ReferenceServer.builder().dataDir(dir).profile(p));
    }

    private static Status add(LiveServer s, FieldSchema.Builder field) {
        return s.stub()
                .addCollectionField(AddCollectionFieldRequest.newBuilder()
                        .setCollectionName("book")
                        .setSchema(field.build().toByteString())
                        .build());
    }

    private static FieldSchema.Builder score() {
        return FieldSchema.newBuilder()
                .setName("score")
                .setDataType(DataType.Int64)
                .setNullable(true);
    }

    /** id → score (null when the row has none), for rows matching {@code expr}. */
    private static Map<Long, Long> scores(LiveServer s, String expr) {
        QueryResults r = s.stub()
                .query(QueryRequest.newBuilder()
                        .setCollectionName("book")
                        .setExpr(expr)
                        .addOutputFields("id")
                        .addOutputFields("score")
                        .build());
        assertOk(r.getStatus());
        List<Long> ids = new ArrayList<>();
        FieldData score = null;
        for (FieldData f : r.getFieldsDataList()) {
            if (f.getFieldName().equals("id")) {
                ids.addAll(f.getScalars().getLongData().getDataList());
            } else if (f.getFieldName().equals("score")) {
                score = f;
            }
        }
        assertThat(score).as("score column in the answer").isNotNull();
        Map<Long, Long> out = new TreeMap<>();
        for (int i = 0; i < ids.size(); i++) {
            boolean valid = score.getValidDataCount() == 0 || score.getValidData(i);
            out.put(ids.get(i), valid ? score.getScalars().getLongData().getData(i) : null);
        }
        return out;
    }

    private static void insertWithScore(LiveServer s, long id, long score) {
        assertOk(s.stub()
                .insert(InsertRequest.newBuilder()
                        .setCollectionName("book")
                        .addFieldsData(WireRequests.ids(id))
                        .addFieldsData(WireRequests.vectors(LiveServer.DIM, new float[] {id, 0, 0, 0}))
                        .addFieldsData(FieldData.newBuilder()
                                .setFieldName("score")
                                .setType(DataType.Int64)
                                .setScalars(ScalarField.newBuilder()
                                        .setLongData(LongArray.newBuilder().addData(score)))
                                .addValidData(true))
                        .setNumRows(1)
                        .build())
                .getStatus());
    }

    private static Map<Long, Long> expected(Object... idThenScore) {
        Map<Long, Long> m = new TreeMap<>();
        for (int i = 0; i < idThenScore.length; i += 2) {
            m.put(((Number) idThenScore[i]).longValue(), (Long) idThenScore[i + 1]);
        }
        return m;
    }

    @Test
    void aNullableFieldJoinsALoadedCollectionAndOldRowsReadNull() throws Exception {
        try (LiveServer s = start(Profile.MILVUS_2_6)) {
            s.createCollection("book");
            assertOk(s.insert("book", "", 1, 2).getStatus());
            assertOk(s.stub()
                    .flush(FlushRequest.newBuilder().addCollectionNames("book").build())
                    .getStatus());
            assertOk(s.insert("book", "", 3).getStatus()); // growing: its log record has no score
            assertOk(s.stub()
                    .loadCollection(LoadCollectionRequest.newBuilder()
                            .setCollectionName("book")
                            .build()));
            s.awaitLoaded("book");

            assertOk(add(s, score().setDescription("added later")));
            var fields = s.stub()
                    .describeCollection(DescribeCollectionRequest.newBuilder()
                            .setCollectionName("book")
                            .build())
                    .getSchema()
                    .getFieldsList();
            assertThat(fields).extracting(FieldSchema::getName).containsExactly("id", "vec", "score");
            assertThat(fields.get(2).getNullable()).isTrue();
            assertThat(fields.get(2).getFieldID()).isEqualTo(102);

            assertThat(scores(s, "id >= 0")).isEqualTo(expected(1, null, 2, null, 3, null));
            insertWithScore(s, 4, 7);
            assertThat(scores(s, "score == 7")).isEqualTo(expected(4, 7L));
            assertThat(scores(s, "score is null")).isEqualTo(expected(1, null, 2, null, 3, null));
            // an insert without the new field is an insert that leaves a nullable field out
            assertOk(s.insert("book", "", 5).getStatus());
            assertOk(s.stub()
                    .flush(FlushRequest.newBuilder().addCollectionNames("book").build())
                    .getStatus());
            assertThat(scores(s, "id >= 0")).isEqualTo(expected(1, null, 2, null, 3, null, 4, 7L, 5, null));
        }
        try (LiveServer s = start(Profile.MILVUS_2_6)) {
            s.awaitLoaded("book");
            assertThat(scores(s, "id >= 0")).isEqualTo(expected(1, null, 2, null, 3, null, 4, 7L, 5, null));
            insertWithScore(s, 6, 9);
            assertThat(scores(s, "score > 0")).isEqualTo(expected(4, 7L, 6, 9L));
        }
    }

    @Test
    void milvussRefusals() throws Exception {
        try (LiveServer s = start(Profile.MILVUS_2_6)) {
            s.createCollection("book");
            Status notNullable = add(s, score().setNullable(false));
            assertThat(notNullable.getCode()).isEqualTo(1100);
            assertThat(notNullable.getReason())
                    .isEqualTo("added field must be nullable, please check it, field name = score: invalid parameter");
            assertThat(add(s, score().setName("id")).getReason())
                    .isEqualTo("duplicated field name id: invalid parameter");
            assertThat(add(s, score().setIsPrimaryKey(true)).getReason())
                    .isEqualTo("not support to add pk field, field name = score: invalid parameter");
            assertThat(add(s, score().setIsPartitionKey(true)).getReason())
                    .isEqualTo("not support to add partition key field, field name  = score: invalid parameter");
            assertThat(add(s, score().setAutoID(true)).getReason())
                    .isEqualTo(
                            "only primary field can speficy AutoID with true, field name = score: invalid parameter");
            assertThat(add(
                                    s,
                                    FieldSchema.newBuilder()
                                            .setName("title")
                                            .setDataType(DataType.VarChar)
                                            .setNullable(true))
                            .getCode())
                    .as("a VARCHAR without max_length, refused as at create")
                    .isEqualTo(1100);
        }
    }

    @Test
    void olderProfilesAnswerUnimplemented() throws Exception {
        try (LiveServer s = start(Profile.MILVUS_2_3)) {
            s.createCollection("book");
            assertThatThrownBy(() -> add(s, score()))
                    .isInstanceOfSatisfying(
                            StatusRuntimeException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(io.grpc.Status.Code.UNIMPLEMENTED));
        }
    }
}
