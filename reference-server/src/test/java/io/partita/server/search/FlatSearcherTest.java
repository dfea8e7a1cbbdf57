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
            for (Metric m : Metric.values()) {
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

    @Test
    void pairedKernelsGiveTheSameBitsAsSingleOnes() {
        Random rnd = new Random(9);
        for (int dim : new int[] {1, 3, 4, 7, 128, 131}) {
            float[] q = new float[2 * dim];
            float[] x = new float[dim];
            for (int i = 0; i < q.length; i++) {
                q[i] = rnd.nextFloat() - 0.5f;
            }
            for (int i = 0; i < dim; i++) {
                x[i] = rnd.nextFloat() - 0.5f;
            }
            float[] out = new float[2];
            Kernels.dot2(q, 0, dim, x, 0, dim, out);
            assertThat(out).containsExactly(Kernels.dot(q, 0, x, 0, dim), Kernels.dot(q, dim, x, 0, dim));
            Kernels.l2x2(q, 0, dim, x, 0, dim, out);
            assertThat(out).containsExactly(Kernels.l2(q, 0, x, 0, dim), Kernels.l2(q, dim, x, 0, dim));
        }
    }
}
