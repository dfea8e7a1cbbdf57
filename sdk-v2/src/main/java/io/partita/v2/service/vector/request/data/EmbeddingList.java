package io.partita.v2.service.vector.request.data;

import io.partita.v2.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One embedding-list query (Milvus 2.6): several float vectors searched together against a struct
 * array field's vector sub-field ({@code annsField("struct[sub]")}) with a {@code MAX_SIM} metric;
 * a row scores the sum, over these vectors, of each one's best similarity to the row's vectors.
 * Filled in place with {@link #add}, as the official class is: not thread-safe.
 */
public class EmbeddingList implements BaseVector {
    private final List<BaseVector> data = new ArrayList<>();

    /** An empty list; {@link #add} the vectors. */
    public EmbeddingList() {}

    /**
     * Adds one vector; every vector of a list is of the same kind.
     *
     * @throws io.partita.v2.exception.MilvusClientException INVALID_PARAMS for a vector of another kind
     */
    public void add(BaseVector vector) {
        Checks.notNull(vector, "EmbeddingList.add(vector)");
        if (!data.isEmpty() && data.get(0).getClass() != vector.getClass()) {
            throw Checks.invalid("Not allow to add different types of vector");
        }
        data.add(vector);
    }

    /** @return the vectors added, unmodifiable */
    public List<BaseVector> getVectors() {
        return Collections.unmodifiableList(data);
    }

    /**
     * @return the float vectors back to back, as one {@code List<Float>} (the official client sends
     *     them so; float vectors are the only kind Milvus 2.6 searches in embedding lists)
     * @throws io.partita.v2.exception.MilvusClientException INVALID_PARAMS when the list is empty or
     *     holds vectors other than {@link FloatVec}
     */
    @Override
    public Object getData() {
        if (data.isEmpty()) {
            throw Checks.invalid("EmbeddingList is empty");
        }
        if (!(data.get(0) instanceof FloatVec)) {
            throw Checks.invalid(
                    "Unsupported vector type: " + data.get(0).getClass().getSimpleName());
        }
        List<Float> floats = new ArrayList<>();
        for (BaseVector v : data) {
            for (Object x : (List<?>) v.getData()) {
                floats.add((Float) x);
            }
        }
        return Collections.unmodifiableList(floats);
    }
}
