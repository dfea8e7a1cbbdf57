package io.partita.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class FlatSearcherTest {
    @Test
    void theParallelScanReturnsExactlyWhatTheSingleThreadedScanReturns() {
        int dim = 12;
        Random rnd = new Random(3);
        float[] a = new float[150_000 * dim];
        float[] b = new float[70_001 * dim];
        for (int i = 0; i < a.length; i++) {
            a[i] = rnd.nextFloat();
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = rnd.nextFloat();
        }
        BitSet excluded = new BitSet();
        excluded.set(5, 500);
        float[] queries = new float[21 * dim];
        for (int i = 0; i < queries.length; i++) {
            queries[i] = rnd.nextFloat();
        }
        List<FlatSearcher.Target> targets =
                List.of(new FlatSearcher.Target(a, 150_000, excluded), new FlatSearcher.Target(b, 70_001, null));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (Metric m : new Metric[] {Metric.L2, Metric.IP, Metric.COSINE}) { // BM25 scores sparse rows only
                List<FlatSearcher.Hits> parallel = new FlatSearcher(pool, 3).search(m, queries, dim, 50, targets);
                List<FlatSearcher.Hits> single = new FlatSearcher(null, 1).search(m, queries, dim, 50, targets);
                for (int q = 0; q < 21; q++) {
                    assertThat(parallel.get(q).refs())
                            .as("%s query %d", m, q)
                            .containsExactly(single.get(q).refs());
                    assertThat(parallel.get(q).scores())
                            .containsExactly(single.get(q).scores());
                    for (long ref : parallel.get(q).refs()) {
                        assertThat(ref >>> 32 == 0 && excluded.get((int) ref))
                                .as("an excluded row")
                                .isFalse();
                    }
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    /** One query over one segment of a few tens of thousands of rows is cut into one range per pool thread. */
    @Test
    void oneQueryOverOneSegmentUsesEveryPoolThreadAndFindsTheSameHits() throws Exception {
        int dim = 128;
        int rows = 20_000;
        Random rnd = new Random(11);
        float[] data = new float[rows * dim];
        for (int i = 0; i < data.length; i++) {
            data[i] = rnd.nextFloat();
        }
        float[] query = new float[dim];
        for (int i = 0; i < dim; i++) {
            query[i] = rnd.nextFloat();
        }
        java.util.concurrent.atomic.AtomicInteger tasks = new java.util.concurrent.atomic.AtomicInteger();
        ExecutorService pool =
                new java.util.concurrent.ThreadPoolExecutor(
                        2,
                        2,
                        0,
                        java.util.concurrent.TimeUnit.SECONDS,
                        new java.util.concurrent.LinkedBlockingQueue<>()) {
                    @Override
                    protected void beforeExecute(Thread t, Runnable r) {
                        tasks.incrementAndGet();
                    }
                };
        try {
            List<FlatSearcher.Target> one = List.of(new FlatSearcher.Target(data, rows, null));
            List<FlatSearcher.Hits> parallel = new FlatSearcher(pool, 2).search(Metric.L2, query, dim, 10, one);
            List<FlatSearcher.Hits> single = new FlatSearcher(null, 1).search(Metric.L2, query, dim, 10, one);
            assertThat(tasks.get()).as("row ranges handed to the pool").isEqualTo(2);
            assertThat(parallel.get(0).refs()).containsExactly(single.get(0).refs());
            assertThat(parallel.get(0).scores()).containsExactly(single.get(0).scores());
        } finally {
            pool.shutdown();
        }
    }
}
