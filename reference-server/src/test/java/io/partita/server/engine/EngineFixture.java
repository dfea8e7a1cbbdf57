package io.partita.server.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.engine.core.LocalEngine;
import io.partita.server.model.CollectionSchema;
import io.partita.server.model.DataType;
import io.partita.server.model.EngineException;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.LoadState;
import io.partita.server.model.Profile;
import io.partita.server.model.QueryRequest;
import io.partita.server.model.SearchRequest;
import io.partita.server.model.SearchResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Helpers for engine tests: a standard schema, row generation and waiting for loads. */
final class EngineFixture {
    static final String C = "coll";
    static final int DIM = 8;

    private EngineFixture() {}

    static Engine open(Path dir, Profile profile) {
        return LocalEngine.open(EngineConfig.builder(dir)
                .profile(profile)
                .memoryLimitBytes(256L << 20)
                .build());
    }

    static Engine open(Path dir, Profile profile, long memoryLimitBytes, int nodes) {
        return LocalEngine.open(EngineConfig.builder(dir)
                .profile(profile)
                .memoryLimitBytes(memoryLimitBytes)
                .queryNodeCount(nodes)
                .build());
    }

    /** id INT64 pk, age INT64, tag VARCHAR(64), score FLOAT, vec FLOAT_VECTOR(dim). */
    static CollectionSchema schema(String name, int dim) {
        return new CollectionSchema(
                name,
                "test collection",
                List.of(
                        FieldSchema.int64Key("id", false),
                        FieldSchema.scalar("age", DataType.INT64),
                        new FieldSchema(0, "tag", "", DataType.VARCHAR, false, false, Map.of("max_length", "64")),
                        FieldSchema.scalar("score", DataType.FLOAT),
                        FieldSchema.floatVector("vec", dim)),
                1,
                0);
    }

    static long createStandard(Engine e) {
        return e.createCollection(schema(C, DIM));
    }

    /** Rows with ids {@code firstId .. firstId+n-1}, age = id % 100, tag "t" + id % 7, random vectors. */
    static List<FieldColumn> rows(long firstId, int n, int dim, Random rnd) {
        long[] ids = new long[n];
        long[] age = new long[n];
        List<String> tags = new ArrayList<>();
        float[] score = new float[n];
        float[] vec = new float[n * dim];
        for (int i = 0; i < n; i++) {
            ids[i] = firstId + i;
            age[i] = ids[i] % 100;
            tags.add("t" + ids[i] % 7);
            score[i] = (float) ids[i] / 2;
        }
        for (int i = 0; i < vec.length; i++) {
            vec[i] = rnd.nextFloat() * 2 - 1;
        }
        return List.of(
                FieldColumn.longs("id", ids),
                FieldColumn.longs("age", age),
                FieldColumn.varchars("tag", tags),
                FieldColumn.floats("score", score),
                FieldColumn.floatVectors("vec", dim, vec));
    }

    static void insert(Engine e, String partition, long firstId, int n) {
        e.insert(C, partition, rows(firstId, n, DIM, new Random(firstId)));
    }

    static void awaitLoaded(Engine e, String collection, List<String> partitions) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (e.loadState(collection, partitions) != LoadState.LOADED) {
            assertThat(System.nanoTime())
                    .as("load of %s %s within 30 s", collection, partitions)
                    .isLessThan(deadline);
            Thread.onSpinWait();
            try {
                Thread.sleep(2);
            } catch (InterruptedException ex) {
                throw new AssertionError(ex);
            }
        }
    }

    /** Polls the load of the whole collection until it fails, and returns the failure (30 s at most). */
    static EngineException awaitLoadFailure(Engine e, String collection) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                e.loadingProgress(collection, List.of());
            } catch (EngineException ex) {
                return ex;
            }
        }
        throw new AssertionError("the load of " + collection + " did not fail within 30 s");
    }

    static SearchRequest searchRequest(String collection, List<String> partitions, float[] query, int topK) {
        return new SearchRequest(
                collection,
                partitions,
                "vec",
                FieldColumn.floatVectors("vec", query.length, query),
                topK,
                "L2",
                Map.of(),
                "",
                List.of(),
                -1);
    }

    static long[] ids(SearchResult r) {
        return r.ids().longs();
    }

    /** All ids visible to a query over the loaded data. */
    static List<Long> queryIds(Engine e, List<String> partitions) {
        List<FieldColumn> cols = e.query(new QueryRequest(C, "id >= 0", List.of(), partitions, -1, 0));
        List<Long> out = new ArrayList<>();
        for (long id : cols.get(0).longs()) {
            out.add(id);
        }
        return out;
    }
}
