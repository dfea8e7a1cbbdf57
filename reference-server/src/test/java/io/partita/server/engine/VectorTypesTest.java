package io.partita.server.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.model.CollectionSchema;
import io.partita.server.model.DataType;
import io.partita.server.model.EngineException;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.Profile;
import io.partita.server.model.QueryRequest;
import io.partita.server.model.SearchRequest;
import io.partita.server.model.SearchResult;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Float16, BFloat16, Int8 and sparse float vectors: schema, insert checks with Milvus's texts,
 * exact search against a brute force computed here, output of the stored bytes, restart from
 * segments and the log.
 */
class VectorTypesTest {
    static final String C = "kinds";
    static final int DIM = 8;
    static final int N = 40;

    @TempDir
    Path dir;

    static FieldSchema vector(String name, DataType type, int dim) {
        return new FieldSchema(0, name, "", type, false, false, dim == 0 ? Map.of() : Map.of("dim", "" + dim));
    }

    static CollectionSchema schema() {
        return new CollectionSchema(
                C,
                "",
                List.of(
                        FieldSchema.int64Key("id", false),
                        vector("f16", DataType.FLOAT16_VECTOR, DIM),
                        vector("bf16", DataType.BFLOAT16_VECTOR, DIM),
                        vector("i8", DataType.INT8_VECTOR, DIM),
                        vector("sparse", DataType.SPARSE_FLOAT_VECTOR, 0)),
                1,
                0);
    }

    /** Half floats of small integers and halves are exact, so the expected scores are exact too. */
    static byte[] f16(float... v) {
        ByteBuffer b = ByteBuffer.allocate(2 * v.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float x : v) {
            int bits = Float.floatToIntBits(x);
            int sign = (bits >>> 16) & 0x8000;
            int exp = ((bits >>> 23) & 0xFF) - 127 + 15;
            int mant = (bits >>> 13) & 0x3FF;
            b.putShort((short) (x == 0 ? sign : sign | exp << 10 | mant));
        }
        return b.array();
    }

    static byte[] bf16(float... v) {
        ByteBuffer b = ByteBuffer.allocate(2 * v.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float x : v) {
            b.putShort((short) (Float.floatToIntBits(x) >>> 16));
        }
        return b.array();
    }

    static byte[] sparse(long[] idx, float[] val) {
        ByteBuffer b = ByteBuffer.allocate(8 * idx.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < idx.length; i++) {
            b.putInt((int) idx[i]).putFloat(val[i]);
        }
        return b.array();
    }

    /** Row i: dense values (i % 7) - 3 + j/2 (exact in every type), sparse {i % 5: 1, 10 + i: i}. */
    static float[] dense(int i) {
        float[] v = new float[DIM];
        for (int j = 0; j < DIM; j++) {
            v[j] = (i * 3 + j) % 7 - 3 + (j % 2) / 2f;
        }
        return v;
    }

    static byte[] int8(float[] v) {
        byte[] out = new byte[v.length];
        for (int j = 0; j < v.length; j++) {
            out[j] = (byte) Math.round(v[j] * 2);
        }
        return out;
    }

    static List<FieldColumn> rows(int first, int n) {
        long[] ids = new long[n];
        byte[] a = new byte[n * DIM * 2];
        byte[] b = new byte[n * DIM * 2];
        byte[] c = new byte[n * DIM];
        byte[][] s = new byte[n][];
        for (int r = 0; r < n; r++) {
            int i = first + r;
            ids[r] = i;
            float[] v = dense(i);
            System.arraycopy(f16(v), 0, a, r * DIM * 2, DIM * 2);
            System.arraycopy(bf16(v), 0, b, r * DIM * 2, DIM * 2);
            System.arraycopy(int8(v), 0, c, r * DIM, DIM);
            s[r] = sparse(new long[] {i % 5, 10 + i}, new float[] {1, i});
        }
        return List.of(
                FieldColumn.longs("id", ids),
                FieldColumn.byteVectors("f16", DataType.FLOAT16_VECTOR, DIM, a),
                FieldColumn.byteVectors("bf16", DataType.BFLOAT16_VECTOR, DIM, b),
                FieldColumn.byteVectors("i8", DataType.INT8_VECTOR, DIM, c),
                FieldColumn.sparseVectors("sparse", s));
    }

    static void load(Engine e) {
        e.loadCollection(C, 1);
        EngineFixture.awaitLoaded(e, C, List.of());
    }

    static SearchRequest search(String field, FieldColumn q, String metric, int k) {
        return new SearchRequest(C, List.of(), field, q, k, metric, Map.of(), "", List.of(field), -1);
    }

    /** Ids of all rows by L2 to {@code q} (ties by id), from this test's own arithmetic. */
    static long[] bruteL2(float[] q, boolean int8, int k) {
        return IntStream.range(0, N)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> {
                            float[] v = dense(i);
                            double d = 0;
                            for (int j = 0; j < DIM; j++) {
                                double x = int8 ? Math.round(v[j] * 2) : v[j];
                                d += (x - q[j]) * (x - q[j]);
                            }
                            return d;
                        })
                        .thenComparing(i -> i))
                .limit(k)
                .mapToLong(i -> i)
                .toArray();
    }

    void assertSearches(Engine e) {
        float[] q = dense(11);
        SearchResult f =
                e.search(search("f16", FieldColumn.byteVectors("f16", DataType.FLOAT16_VECTOR, DIM, f16(q)), "L2", 5));
        assertThat(f.ids().longs()).containsExactly(bruteL2(q, false, 5));
        assertThat(f.scores()[0]).isZero();
        assertThat(Arrays.copyOf(f.fields().get(0).vectorBytes(), DIM * 2)).isEqualTo(f16(q));
        SearchResult bf = e.search(search("bf16", FieldColumn.floatVectors("bf16", DIM, q), "L2", 5));
        assertThat(bf.ids().longs()).containsExactly(bruteL2(q, false, 5));
        float[] q8 = new float[DIM];
        byte[] i8 = int8(q);
        for (int j = 0; j < DIM; j++) {
            q8[j] = i8[j];
        }
        SearchResult i = e.search(search("i8", FieldColumn.byteVectors("i8", DataType.INT8_VECTOR, DIM, i8), "L2", 5));
        assertThat(i.ids().longs()).containsExactly(bruteL2(q8, true, 5));
        // sparse: {3: 2, 30: 1} scores row i as 2·[i%5==3] + [10+i==30]·i
        SearchResult s = e.search(search(
                "sparse",
                FieldColumn.sparseVectors("sparse", new byte[][] {sparse(new long[] {3, 30}, new float[] {2, 1})}),
                "",
                3));
        assertThat(s.ids().longs()).containsExactly(20L, 3L, 8L);
        assertThat(s.scores()).containsExactly(20f, 2f, 2f);
        assertThat(s.fields().get(0).sparseRows()[0]).isEqualTo(sparse(new long[] {0, 30}, new float[] {1, 20}));
    }

    @Test
    void everyTypeIsSearchedExactlyAndReturnedAsStored() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            e.createCollection(schema());
            e.insert(C, "", rows(0, N));
            load(e);
            assertSearches(e);
            List<FieldColumn> out = e.query(new QueryRequest(C, "id == 7", List.of("*"), List.of(), -1, 0));
            assertThat(out).extracting(FieldColumn::name).containsExactly("id", "f16", "bf16", "i8", "sparse");
            assertThat(out.get(1).vectorBytes()).isEqualTo(f16(dense(7)));
            assertThat(out.get(3).vectorBytes()).isEqualTo(int8(dense(7)));
            assertThat(out.get(4).sparseRows()[0]).isEqualTo(sparse(new long[] {2, 17}, new float[] {1, 7}));
        }
    }

    @Test
    void theTypesSurviveARestartFromSegmentsAndTheLog() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            e.createCollection(schema());
            e.insert(C, "", rows(0, N / 2));
            e.flush(List.of(C));
            e.insert(C, "", rows(N / 2, N / 2));
        }
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            assertThat(e.describeCollection(C).schema().fields())
                    .extracting(FieldSchema::dataType)
                    .containsExactly(
                            DataType.INT64,
                            DataType.FLOAT16_VECTOR,
                            DataType.BFLOAT16_VECTOR,
                            DataType.INT8_VECTOR,
                            DataType.SPARSE_FLOAT_VECTOR);
            load(e);
            assertSearches(e);
        }
    }

    @Test
    void sparseIndexesAreAcceptedWithIpOnlyAndInt8OnlyTakesHnsw() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            e.createCollection(schema());
            EngineException l2 = LifecycleTestBase.refused(() ->
                    e.createIndex(C, "sparse", "", Map.of("index_type", "SPARSE_INVERTED_INDEX", "metric_type", "L2")));
            assertThat(l2.reason()).isEqualTo("only IP&BM25 is the supported metric type for sparse index");
            e.createIndex(C, "sparse", "", Map.of("index_type", "SPARSE_WAND", "metric_type", "IP"));
            EngineException ivf = LifecycleTestBase.refused(() ->
                    e.createIndex(C, "i8", "", Map.of("index_type", "IVF_FLAT", "metric_type", "L2", "nlist", "8")));
            assertThat(ivf.reason()).isEqualTo("data type Int8Vector can't build with this index IVF_FLAT");
            e.createIndex(
                    C, "i8", "", Map.of("index_type", "HNSW", "metric_type", "L2", "M", "8", "efConstruction", "64"));
            e.createIndex(
                    C, "f16", "", Map.of("index_type", "HNSW", "metric_type", "L2", "M", "8", "efConstruction", "64"));
            e.insert(C, "", rows(0, N));
            e.flush(List.of(C));
            load(e);
            assertSearches(e); // recorded indexes; the exact scan answers
            assertThat(e.describeIndexes(C, "f16", "").get(0).state())
                    .isEqualTo(io.partita.server.model.IndexDescription.STATE_FINISHED);
        }
    }

    @Test
    void badSparseRowsAndDenseLengthsGetMilvussErrors() {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_6)) {
            e.createCollection(schema());
            List<FieldColumn> r = new ArrayList<>(rows(0, 2));
            String[] expected = {
                "unsorted or same indices in sparse float vector (field sparse, row 1)",
                "invalid index in sparse float vector: must be less than 2^32-1 (field sparse, row 1)",
                "invalid data length in sparse float vector: 5 (field sparse, row 1)"
            };
            byte[][] bad = {
                sparse(new long[] {4, 2}, new float[] {1, 1}),
                sparse(new long[] {-1}, new float[] {1}), // a negative index is 2^32-1 on the wire
                new byte[5]
            };
            for (int i = 0; i < bad.length; i++) {
                r.set(4, FieldColumn.sparseVectors("sparse", new byte[][] {
                    sparse(new long[] {1}, new float[] {1}), bad[i]
                }));
                EngineException refused = LifecycleTestBase.refused(() -> e.insert(C, "", r));
                assertThat(refused.code()).isEqualTo(1100);
                assertThat(refused.reason()).isEqualTo(expected[i]);
            }
            assertThat(e.collectionRowCount(C)).isZero();
            load(e);
            EngineException metric = LifecycleTestBase.refused(() -> e.search(search(
                    "sparse",
                    FieldColumn.sparseVectors("sparse", new byte[][] {sparse(new long[] {1}, new float[] {1})}),
                    "L2",
                    3)));
            assertThat(metric.reason()).contains("only IP&BM25 is the supported metric type for sparse index");
        }
    }
}
