package io.partita.param.collection;

import io.partita.model.ShowType;
import io.partita.param.ParamUtils;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists collections; with {@code ShowType.InMemory}, with their loading percentages.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class ShowCollectionsParam {
    private final List<String> collectionNames;
    private final ShowType showType;

    private ShowCollectionsParam(Builder b) {
        this.collectionNames = b.collectionNames;
        this.showType = b.showType;
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return the collections to report on; empty for all */
    public List<String> getCollectionNames() {
        return collectionNames;
    }

    /** @return {@code All} or {@code InMemory} */
    public ShowType getShowType() {
        return showType;
    }

    @Override
    public String toString() {
        return "ShowCollectionsParam{" + "collectionNames=" + collectionNames + ", showType=" + showType + "}";
    }

    /** Builder for {@link ShowCollectionsParam}; not thread-safe. */
    public static final class Builder {
        private List<String> collectionNames = List.of();
        private ShowType showType = ShowType.All;

        private Builder() {}

        /**
         * @param collectionNames the collections to report on; empty for all
         * @return this
         */
        public Builder withCollectionNames(List<String> collectionNames) {
            this.collectionNames = collectionNames;
            return this;
        }

        /**
         * @param collectionName one more element of {@code collectionNames}
         * @return this
         */
        public Builder addCollectionName(String collectionName) {
            if (this.collectionNames == null) {
                this.collectionNames = new ArrayList<>();
            } else {
                this.collectionNames = new ArrayList<>(this.collectionNames);
            }
            this.collectionNames.add(collectionName);
            return this;
        }

        /**
         * @param showType {@code All} or {@code InMemory}; default {@code ShowType.All}
         * @return this
         */
        public Builder withShowType(ShowType showType) {
            this.showType = showType;
            return this;
        }

        /**
         * @return the validated parameters
         * @throws io.partita.exception.ParamException naming the bad field and value
         */
        public ShowCollectionsParam build() {
            collectionNames = ParamUtils.copyOf(collectionNames, "collectionNames");
            ParamUtils.checkNotNull(showType, "showType");
            for (int i = 0; i < collectionNames.size(); i++) {
                ParamUtils.checkCollectionName(collectionNames.get(i), "collectionNames[" + i + "]");
            }
            return new ShowCollectionsParam(this);
        }
    }
}
