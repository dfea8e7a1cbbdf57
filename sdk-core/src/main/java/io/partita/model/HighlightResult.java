package io.partita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A search's highlighting of one field (Milvus 2.6.8+ {@code common.HighlightResult}): one
 * {@link HighlightData} per hit, all queries' hits in the order of {@link SearchResultData}'s ids.
 *
 * <p>Immutable and thread-safe. Accessor names follow the protobuf style of the official
 * {@code io.milvus.grpc} class of the same name, so migrated programs compile unchanged.
 */
public final class HighlightResult {
    private final String fieldName;
    private final List<HighlightData> datas;

    private HighlightResult(Builder b) {
        this.fieldName = b.fieldName;
        this.datas = Collections.unmodifiableList(new ArrayList<>(b.datas));
    }

    /** @return a new builder with every field at its zero value */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the highlighted field's name */
    public String getFieldName() {
        return fieldName;
    }

    /** @return one entry per hit, in the hits' order; unmodifiable, never {@code null} */
    public List<HighlightData> getDatasList() {
        return datas;
    }

    /** @return the number of entries: the number of hits */
    public int getDatasCount() {
        return datas.size();
    }

    /**
     * @param index zero-based hit position, below {@link #getDatasCount()}
     * @return the hit's highlighting
     */
    public HighlightData getDatas(int index) {
        return datas.get(index);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof HighlightResult)) return false;
        HighlightResult other = (HighlightResult) o;
        return fieldName.equals(other.fieldName) && datas.equals(other.datas);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fieldName, datas);
    }

    @Override
    public String toString() {
        return "HighlightResult{fieldName=" + fieldName + ", datas=" + datas + "}";
    }

    /** Builder for {@link HighlightResult}; not thread-safe. Transports use it to produce values. */
    public static final class Builder {
        private String fieldName = "";
        private final List<HighlightData> datas = new ArrayList<>();

        private Builder() {}

        /**
         * @param value the highlighted field's name; must not be null
         * @return this builder
         */
        public Builder setFieldName(String value) {
            this.fieldName = Objects.requireNonNull(value, "fieldName");
            return this;
        }

        /**
         * @param value one hit's highlighting, appended; must not be null
         * @return this builder
         */
        public Builder addDatas(HighlightData value) {
            datas.add(Objects.requireNonNull(value, "datas"));
            return this;
        }

        /** @return a new immutable {@code HighlightResult} holding this builder's values; the builder stays usable */
        public HighlightResult build() {
            return new HighlightResult(this);
        }
    }
}
