package io.partita.v2.service.vector.request.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A float query vector. Immutable. */
public class FloatVec implements BaseVector {
    private final List<Float> data;

    /** @param data the components; copied */
    public FloatVec(List<Float> data) {
        this.data = Collections.unmodifiableList(new ArrayList<>(data));
    }

    /** @param data the components; copied */
    public FloatVec(float[] data) {
        List<Float> list = new ArrayList<>(data.length);
        for (float f : data) {
            list.add(f);
        }
        this.data = Collections.unmodifiableList(list);
    }

    /** @return the components as an unmodifiable {@code List<Float>} */
    @Override
    public Object getData() {
        return data;
    }
}
