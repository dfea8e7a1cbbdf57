package io.partita.server.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DISKANN on clustered data (seeded Gaussian mixtures): the index read back from its file (vectors
 * and adjacency lists in the mapped file, PQ codes on the heap) recalls the exact top ten, is charged
 * exactly for its codes and codebooks, never returns excluded rows, and checks {@code search_list} with
 * Milvus's rules.
 */
class DiskAnnIndexTest {
    private static final int DIM = 32;
    private static final int ROWS = 4000;

    @TempDir
    Path dir;

    private static IndexSpec spec(String metric) {
        return IndexSpec.parse(Map.of("index_type", "DISKANN", "metric_type", metric));
    }

    private VectorIndex builtAndReadBack(String metric, float[] data) throws Exception {
        VectorIndex built = VectorIndexes.build(spec(metric), data, ROWS, DIM, n -> {});
        Path file = dir.resolve("seg-1.idx-" + metric);
        IndexFile.write(file, built, DIM);
        // the vectors handed to the reader are not used: the index reads its own file
        VectorIndex loaded = IndexFile.read(file, (float[]) null, ROWS, DIM);
        assertThat(loaded.ramBytesUsed()).isEqualTo(built.ramBytesUsed());
        return loaded;
    }

    @Test
    void theIndexReadFromItsFileRecallsTheExactTopTenOnClusteredData() throws Exception {
        float[] data = HnswIndexTest.clustered(ROWS, DIM, 21);
        float[] queries = HnswIndexTest.clustered(50, DIM, 22);
        VectorIndex l2 = builtAndReadBack("L2", data);
        assertThat(l2).isInstanceOf(DiskAnnIndex.class);
        double narrow = HnswIndexTest.recall(l2, data, ROWS, DIM, queries, 10, Map.of("search_list", "10"), null);
        double wide = HnswIndexTest.recall(l2, data, ROWS, DIM, queries, 10, Map.of("search_list", "64"), null);
        assertThat(wide).as("recall@10 at search_list 64").isGreaterThanOrEqualTo(0.9);
        assertThat(wide).isGreaterThanOrEqualTo(narrow);
        // memory: the object, two buffer views, 16 codebooks of 256 x 2 floats, 16 code bytes a row
        long expected = 64 + DiskAnnIndex.VIEW_BYTES + (16 + 16 * 256 * 2 * 4) + (16 + ROWS * 16);
        assertThat(l2.ramBytesUsed()).isEqualTo(expected);
        assertThat(l2.ramBytesUsed())
                .as("an eighth of the raw vectors, plus codebooks")
                .isLessThan(ROWS * DIM * 4 / 4);

        HnswIndexTest.normalize(data);
        HnswIndexTest.normalize(queries);
        for (String metric : new String[] {"IP", "COSINE"}) {
            VectorIndex index = builtAndReadBack(metric, data);
            assertThat(HnswIndexTest.recall(index, data, ROWS, DIM, queries, 10, Map.of("search_list", "64"), null))
                    .as("recall@10 %s", metric)
                    .isGreaterThanOrEqualTo(0.9);
        }
    }

    @Test
    void excludedRowsNeverComeBackAndSearchListFollowsMilvussRules() throws Exception {
        float[] data = HnswIndexTest.clustered(ROWS, DIM, 23);
        float[] queries = HnswIndexTest.clustered(20, DIM, 24);
        VectorIndex index = builtAndReadBack("L2", data);
        BitSet third = new BitSet();
        for (int r = 0; r < ROWS; r += 3) {
            third.set(r);
        }
        assertThat(HnswIndexTest.recall(index, data, ROWS, DIM, queries, 10, Map.of("search_list", "100"), third))
                .isGreaterThanOrEqualTo(0.85);
        // segcore VectorDiskIndex.cpp's texts
        assertThatThrownBy(() -> index.search(queries, 10, Map.of("search_list", "5"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("search_list should be greater than or equal to topk");
        assertThatThrownBy(() -> index.search(queries, 10, Map.of("search_list", "201"), null))
                .hasMessage("search_list should be less than max(topk*10, 200) and less than 65535");
        assertThat(index.search(queries, 30, Map.of("search_list", "300"), null))
                .hasSize(20);
    }
}
