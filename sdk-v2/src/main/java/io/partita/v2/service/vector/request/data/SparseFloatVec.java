package io.partita.v2.service.vector.request.data;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** A sparse query vector: index → value, indexes from 0 to 2^32 - 2. Immutable. */
public class SparseFloatVec implements BaseVector {
    private final SortedMap<Long, Float> data;

    /** @param data the non-zero entries, index → value; copied */
    public SparseFloatVec(SortedMap<Long, Float> data) {
        this.data = Collections.unmodifiableSortedMap(new TreeMap<>(data));
    }

    /** @return the entries as an unmodifiable {@code SortedMap<Long, Float>} */
    @Override
    public Object getData() {
        return data;
    }
}
