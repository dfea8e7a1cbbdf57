package io.partita.server.engine;

import static io.partita.server.engine.EngineFixture.awaitLoaded;
import static io.partita.server.engine.EngineFixture.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.engine.core.LocalEngine;
import io.partita.server.memory.RamUsage;
import io.partita.server.model.CollectionSchema;
import io.partita.server.model.DataType;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.Profile;
import io.partita.server.model.QueryRequest;
import io.partita.server.model.SearchRequest;
import io.partita.server.model.SearchResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mmap.enabled}: FLOAT_VECTOR columns of sealed segments load memory-mapped, are charged to
 * the node's disk instead of its memory, answer every search exactly as heap columns do, and are
 * given back by a release.
 */
class MmapTest {
    private static final int DIM = 16;
    private static final int SEALED = 3_000;
    private static final int GROWING = 400;

    @TempDir
    Path dir;

    private static Engine open(Path dir, boolean mmap) {
        return LocalEngine.open(EngineConfig.builder(dir)
                .profile(Profile.MILVUS_2_6)
                .memoryLimitBytes(256L << 20)
                .mmap(mmap)
                .build());
    }

    /** The standard schema whose vector field carries {@code mmap.enabled = own} (null: none). */
    private static CollectionSchema schema(String name, String own) {
        CollectionSchema base = EngineFixture.schema(name, DIM);
        List<FieldSchema> fields = new ArrayList<>(base.fields());
        if (own != null) {
            fields.set(
                    4,
                    new FieldSchema(
                            0,
                            "vec",
                            "",
                            DataType.FLOAT_VECTOR,
                            false,
                            false,
                            Map.of("dim", Integer.toString(DIM), "mmap.enabled", own)));
        }
        return new CollectionSchema(name, "", fields, 1, 0);
    }

    private static void fill(Engine e, String name) {
        e.insert(name, "", rows(0, SEALED, DIM, new Random(1)));
        e.flush(List.of(name));
        e.insert(name, "", rows(SEALED, GROWING, DIM, new Random(2))); // a growing chunk: always on the heap
    }

    private static long used(Engine e) {
        return e.queryNodes().get(0).usedBytes();
    }

    private static long mapped(Engine e) {
        return e.queryNodes().get(0).mmapBytes();
    }

    @Test
    void mappedVectorsAreChargedToDiskAndAnswerEverySearchAsHeapVectorsDo() {
        List<List<Object>> heapAnswers;
        long heapCharge;
        try (Engine e = open(dir.resolve("heap"), false)) {
            e.createCollection(schema("c", null));
            fill(e, "c");
            e.loadCollection("c", 1);
            awaitLoaded(e, "c", List.of());
            heapCharge = used(e);
            assertThat(mapped(e)).isZero();
            heapAnswers = answers(e);
        }
        try (Engine e = open(dir.resolve("mmap"), true)) {
            e.createCollection(schema("c", null));
            fill(e, "c");
            e.loadCollection("c", 1);
            awaitLoaded(e, "c", List.of());
            long vectorBytes = 4L * SEALED * DIM;
            assertThat(mapped(e)).as("the sealed segment's vectors, on disk").isEqualTo(vectorBytes);
            assertThat(heapCharge - used(e))
                    .as("the heap charge drops by exactly the vectors' array")
                    .isEqualTo(RamUsage.column(FieldColumn.floatVectors("vec", DIM, new float[SEALED * DIM])));
            assertThat(answers(e))
                    .as("L2, IP, COSINE, filtered, with vectors returned")
                    .isEqualTo(heapAnswers);

            e.releaseCollection("c");
            assertThat(used(e)).isZero();
            assertThat(mapped(e)).as("a release gives the mapping back").isZero();
        }
    }

    @Test
    void aFieldsOwnSettingWinsOverTheServers() {
        try (Engine e = open(dir, true)) {
            e.createCollection(schema("off", "false"));
            fill(e, "off");
            e.loadCollection("off", 1);
            awaitLoaded(e, "off", List.of());
            assertThat(mapped(e)).as("mmap.enabled=false on the field").isZero();
            e.releaseCollection("off");
        }
        try (Engine e = open(dir, false)) {
            e.createCollection(schema("on", "true"));
            fill(e, "on");
            e.loadCollection("on", 1);
            awaitLoaded(e, "on", List.of());
            assertThat(mapped(e)).as("mmap.enabled=true on the field").isEqualTo(4L * SEALED * DIM);
            List<FieldColumn> got =
                    e.query(new QueryRequest("on", "id in [5, 3001]", List.of("vec"), List.of(), -1, 0));
            assertThat(got.get(1).vectorFloats()).hasSize(2 * DIM);
        }
    }

    /** Ids, scores and returned vectors of searches in each metric, one of them filtered. */
    private static List<List<Object>> answers(Engine e) {
        List<List<Object>> out = new ArrayList<>();
        Random rnd = new Random(9);
        float[] q = new float[3 * DIM];
        for (int i = 0; i < q.length; i++) {
            q[i] = rnd.nextFloat() * 2 - 1;
        }
        for (String metric : List.of("L2", "IP", "COSINE")) {
            for (String expr : List.of("", "age < 40")) {
                SearchResult r = e.search(new SearchRequest(
                        "c",
                        List.of(),
                        "vec",
                        FieldColumn.floatVectors("vec", DIM, q),
                        10,
                        metric,
                        Map.of(),
                        expr,
                        List.of("vec"),
                        -1));
                List<Object> one = new ArrayList<>();
                for (long id : r.ids().longs()) {
                    one.add(id);
                }
                for (float s : r.scores()) {
                    one.add(s);
                }
                for (float v : r.fields().get(0).vectorFloats()) {
                    one.add(v);
                }
                out.add(one);
            }
        }
        return out;
    }
}
