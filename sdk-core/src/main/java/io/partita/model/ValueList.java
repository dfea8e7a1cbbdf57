package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The shared body of the protobuf-style value lists ({@link FloatArray}, {@link IntArray},
 * {@link LongArray}, {@link StringArray}): the unmodifiable values, their count, and equality by
 * class and values. Each list adds only its typed accessors and builder step.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <E> the boxed value type
 */
abstract class ValueList<E> {
    private final List<E> data;

    ValueList(ListBuilder<E, ?> builder) {
        this.data = Collections.unmodifiableList(new ArrayList<>(builder.data));
    }

    /**
     * The values, for the subclass's {@code getDataList()}: declared there with its element type,
     * which reflection over the model (ModelShapesTest) reads.
     */
    final List<E> values() {
        return data;
    }

    /** @return the number of values */
    public int getDataCount() {
        return data.size();
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && data.equals(((ValueList<?>) o).data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(data);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{data=" + data + "}";
    }

    /**
     * The builders' shared steps. Not thread-safe.
     *
     * @param <E> the boxed value type
     * @param <B> the concrete builder
     */
    abstract static class ListBuilder<E, B extends ListBuilder<E, B>> {
        private final List<E> data = new ArrayList<>();

        /**
         * @param value appended to the values; must not be null
         * @return this builder
         */
        @SuppressWarnings("unchecked")
        final B add(E value) {
            data.add(Objects.requireNonNull(value, "data"));
            return (B) this;
        }

        /**
         * @param values entries appended, in order, to the values; none may be null
         * @return this builder
         */
        @SuppressWarnings("unchecked")
        public B addAllData(Iterable<? extends E> values) {
            for (E v : values) {
                add(v);
            }
            return (B) this;
        }
    }
}
