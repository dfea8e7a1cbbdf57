package io.partita.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.grpc.StatusRuntimeException;
import io.partita.server.grpc.WireRequests;
import io.partita.wire.ArrayArray;
import io.partita.wire.CreateCollectionRequest;
import io.partita.wire.DataType;
import io.partita.wire.ErrorCode;
import io.partita.wire.FieldData;
import io.partita.wire.FieldSchema;
import io.partita.wire.GetLoadingProgressRequest;
import io.partita.wire.InsertRequest;
import io.partita.wire.JSONArray;
import io.partita.wire.LoadCollectionRequest;
import io.partita.wire.LongArray;
import io.partita.wire.MutationResult;
import io.partita.wire.QueryRequest;
import io.partita.wire.QueryResults;
import io.partita.wire.ScalarField;
import io.partita.wire.SparseFloatArray;
import io.partita.wire.StringArray;
import io.partita.wire.VectorField;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL during inserts: a forked server is killed while a client thread inserts; after a
 * restart on the same data directory every acknowledged row is there.
 */
class CrashRecoveryIT {
    static final String C = "crash";
    static final int DIM = 4;
    static final int BATCH = 200;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedInsertSurvivesAKillDashNine() throws Exception {
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicLong acknowledgedBatches = new AtomicLong();
        try (ForkedServer s = ForkedServer.start(dir)) {
            assertThat(s.stub()
                            .createCollection(CreateCollectionRequest.newBuilder()
                                    .setCollectionName(C)
                                    .setSchema(schema().toByteString())
                                    .build())
                            .getErrorCode())
                    .isEqualTo(ErrorCode.Success);
            CountDownLatch someAcknowledged = new CountDownLatch(5);
            Thread inserter = new Thread(
                    () -> {
                        long next = 0;
                        while (true) {
                            long[] ids = new long[BATCH];
                            float[][] rows = new float[BATCH][];
                            for (int i = 0; i < BATCH; i++) {
                                ids[i] = next + i;
                                rows[i] = new float[] {ids[i], 1, 2, 3};
                            }
                            MutationResult m;
                            try {
                                m = s.stub()
                                        .insert(InsertRequest.newBuilder()
                                                .setCollectionName(C)
                                                .addFieldsData(WireRequests.ids(ids))
                                                .addFieldsData(WireRequests.vectors(DIM, rows))
                                                .addAllFieldsData(richColumns(ids))
                                                .setNumRows(BATCH)
                                                .build());
                            } catch (StatusRuntimeException e) {
                                return; // the server is gone
                            }
                            if (m.getStatus().getErrorCode() == ErrorCode.Success) {
                                for (long id : ids) {
                                    acknowledged.add(id);
                                }
                                acknowledgedBatches.incrementAndGet();
                                someAcknowledged.countDown();
                            }
                            next += BATCH;
                        }
                    },
                    "crash-inserter");
            inserter.start();
            assertThat(someAcknowledged.await(60, TimeUnit.SECONDS))
                    .as("inserts are acknowledged")
                    .isTrue();
            Thread.sleep(300);
            s.process.destroyForcibly(); // SIGKILL, mid-insert
            assertThat(s.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            inserter.join(TimeUnit.SECONDS.toMillis(30));
            assertThat(inserter.isAlive()).isFalse();
        }
        assertThat(acknowledgedBatches.get()).isGreaterThanOrEqualTo(5);

        try (ForkedServer s = ForkedServer.start(dir)) {
            assertThat(s.stub()
                            .loadCollection(LoadCollectionRequest.newBuilder()
                                    .setCollectionName(C)
                                    .build())
                            .getErrorCode())
                    .isEqualTo(ErrorCode.Success);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (s.stub()
                            .getLoadingProgress(GetLoadingProgressRequest.newBuilder()
                                    .setCollectionName(C)
                                    .build())
                            .getProgress()
                    < 100) {
                assertThat(System.nanoTime()).as("reload finishes").isLessThan(deadline);
                Thread.sleep(20);
            }
            QueryResults q = s.stub()
                    .query(QueryRequest.newBuilder()
                            .setCollectionName(C)
                            .setExpr("id >= 0")
                            .addOutputFields("id")
                            .addOutputFields("*")
                            .build());
            assertThat(q.getStatus().getReason()).isEmpty();
            List<Long> present = q.getFieldsDataList().stream()
                    .filter(f -> f.getFieldName().equals("id"))
                    .findFirst()
                    .orElseThrow()
                    .getScalars()
                    .getLongData()
                    .getDataList();
            Set<Long> presentSet = new HashSet<>(present);
            assertThat(present).as("no row is duplicated by recovery").hasSameSizeAs(presentSet);
            Set<Long> missing = new HashSet<>(acknowledged);
            missing.removeAll(presentSet);
            assertThat(missing)
                    .as("acknowledged rows lost (of %d acknowledged)", acknowledged.size())
                    .isEmpty();
            assertRichColumnsRecovered(q, present);
        }
    }

    /** A few points of the kill-point loop (the long run is {@code reference-server/crash.sh 1000}). */
    @Test
    void aFewKillPointsOfTheLoopLoseAndDuplicateNothing() throws Exception {
        CrashLoop.Report r = new CrashLoop(dir, 18).run(Integer.getInteger("partita.crash.points", 4), null);
        assertThat(r.acknowledgedRows()).isPositive();
        assertThat(r.lost()).as("acknowledged rows lost").isZero();
        assertThat(r.duplicates()).as("rows duplicated by recovery").isZero();
        assertThat(r.resurrected())
                .as("rows whose delete was acknowledged, back")
                .isZero();
    }

    /**
     * The crash schema: besides id and vec, a JSON field, an ARRAY of INT64, a nullable VARCHAR,
     * a sparse vector and the dynamic field, so every column kind goes through the WAL's recovery.
     */
    static io.partita.wire.CollectionSchema schema() {
        return WireRequests.schema(C, DIM).toBuilder()
                .addFields(FieldSchema.newBuilder().setName("doc").setDataType(DataType.JSON))
                .addFields(FieldSchema.newBuilder()
                        .setName("tags")
                        .setDataType(DataType.Array)
                        .setElementType(DataType.Int64)
                        .addTypeParams(WireRequests.kv("max_capacity", "4")))
                .addFields(FieldSchema.newBuilder()
                        .setName("note")
                        .setDataType(DataType.VarChar)
                        .setNullable(true)
                        .addTypeParams(WireRequests.kv("max_length", "16")))
                .addFields(FieldSchema.newBuilder().setName("sp").setDataType(DataType.SparseFloatVector))
                .setEnableDynamicField(true)
                .build();
    }

    /** Row id: doc {"n": id}, tags [id, 1], note "n<id>" (null for odd ids), sp {id % 1000: 1}, $meta {"k": id}. */
    static List<FieldData> richColumns(long[] ids) {
        JSONArray.Builder doc = JSONArray.newBuilder();
        JSONArray.Builder meta = JSONArray.newBuilder();
        ArrayArray.Builder tags = ArrayArray.newBuilder().setElementType(DataType.Int64);
        StringArray.Builder notes = StringArray.newBuilder();
        SparseFloatArray.Builder sp = SparseFloatArray.newBuilder().setDim(1000);
        FieldData.Builder note = FieldData.newBuilder().setFieldName("note").setType(DataType.VarChar);
        for (long id : ids) {
            doc.addData(ByteString.copyFromUtf8("{\"n\":" + id + "}"));
            meta.addData(ByteString.copyFromUtf8("{\"k\":" + id + "}"));
            tags.addData(ScalarField.newBuilder()
                    .setLongData(LongArray.newBuilder().addData(id).addData(1)));
            note.addValidData(id % 2 == 0);
            if (id % 2 == 0) {
                notes.addData("n" + id);
            }
            sp.addContents(ByteString.copyFrom(sparseRow(id)));
        }
        return List.of(
                FieldData.newBuilder()
                        .setFieldName("doc")
                        .setType(DataType.JSON)
                        .setScalars(ScalarField.newBuilder().setJsonData(doc))
                        .build(),
                FieldData.newBuilder()
                        .setFieldName("tags")
                        .setType(DataType.Array)
                        .setScalars(ScalarField.newBuilder().setArrayData(tags))
                        .build(),
                note.setScalars(ScalarField.newBuilder().setStringData(notes)).build(),
                FieldData.newBuilder()
                        .setFieldName("sp")
                        .setType(DataType.SparseFloatVector)
                        .setVectors(VectorField.newBuilder().setDim(1000).setSparseFloatVector(sp))
                        .build(),
                FieldData.newBuilder()
                        .setFieldName("$meta")
                        .setType(DataType.JSON)
                        .setIsDynamic(true)
                        .setScalars(ScalarField.newBuilder().setJsonData(meta))
                        .build());
    }

    static byte[] sparseRow(long id) {
        return ByteBuffer.allocate(8)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putInt((int) (id % 1000))
                .putFloat(1f)
                .array();
    }

    static void assertRichColumnsRecovered(QueryResults q, List<Long> ids) {
        java.util.Map<String, FieldData> byName = new java.util.HashMap<>();
        q.getFieldsDataList().forEach(f -> byName.put(f.getFieldName(), f));
        assertThat(byName).containsKeys("doc", "tags", "note", "sp", "$meta");
        for (int r = 0; r < ids.size(); r++) {
            long id = ids.get(r);
            assertThat(byName.get("doc").getScalars().getJsonData().getData(r).toStringUtf8())
                    .isEqualTo("{\"n\":" + id + "}");
            assertThat(byName.get("$meta").getScalars().getJsonData().getData(r).toStringUtf8())
                    .isEqualTo("{\"k\":" + id + "}");
            assertThat(byName.get("tags")
                            .getScalars()
                            .getArrayData()
                            .getData(r)
                            .getLongData()
                            .getDataList())
                    .containsExactly(id, 1L);
            assertThat(byName.get("note").getValidData(r)).isEqualTo(id % 2 == 0);
            assertThat(byName.get("sp")
                            .getVectors()
                            .getSparseFloatVector()
                            .getContents(r)
                            .toByteArray())
                    .isEqualTo(sparseRow(id));
        }
    }
}
