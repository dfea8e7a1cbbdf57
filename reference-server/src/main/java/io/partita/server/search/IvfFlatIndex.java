package io.partita.server.search;

import io.partita.server.memory.RamUsage;
import java.io.DataOutput;
import java.nio.ByteBuffer;

/**
 * IVF_FLAT: the probed lists' rows are compared exactly with the segment's own vectors (not
 * copied: the index adds the lists, and for COSINE the rows' norms). Scores are exact; only
 * rows outside the probed lists are missed.
 */
final class IvfFlatIndex extends IvfIndex {
    private final VectorScorer scorer;

    private IvfFlatIndex(IndexSpec spec, IvfLists lists, VectorScorer scorer, int rows) {
        super(spec, lists, scorer.vectors, rows, scorer.dim);
        this.scorer = scorer;
    }

    static IvfFlatIndex build(IndexSpec spec, float[] vectors, int rows, int dim) {
        IvfLists lists = IvfLists.build(spec.metric(), vectors, rows, dim, spec.param("nlist"));
        return new IvfFlatIndex(spec, lists, new VectorScorer(spec.metric(), vectors, rows, dim), rows);
    }

    static IvfFlatIndex read(IndexSpec spec, ByteBuffer in, float[] vectors, int rows, int dim) {
        IvfLists lists = IvfLists.read(spec.metric(), in, rows, dim);
        return new IvfFlatIndex(spec, lists, new VectorScorer(spec.metric(), vectors, rows, dim), rows);
    }

    @Override
    ListScorer scorer(float[] query) {
        float qNorm = scorer.queryNorm(query, 0);
        int[] ids = lists.ids;
        return new ListScorer() {
            @Override
            public float key(int p) {
                return scorer.key(query, 0, qNorm, ids[p]);
            }

            @Override
            public void keys(int from, int n, float[] out) {
                scorer.touch(ids, from, n);
                scorer.keys(query, 0, qNorm, ids, from, n, out);
            }
        };
    }

    @Override
    int fieldBytes() {
        return (int) RamUsage.REFERENCE_BYTES;
    }

    @Override
    long codeBytes() {
        return RamUsage.align(RamUsage.OBJECT_HEADER_BYTES + 3 * RamUsage.REFERENCE_BYTES + 4)
                + (scorer.norms == null ? 0 : RamUsage.array(4, scorer.norms.length));
    }

    @Override
    void writeCodes(DataOutput out) {
        // the vectors are the segment's; COSINE norms are recomputed on load
    }
}
