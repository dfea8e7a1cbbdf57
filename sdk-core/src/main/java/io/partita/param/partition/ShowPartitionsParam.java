package io.partita.param.partition;

import io.partita.model.ShowType;
import io.partita.param.ParamUtils;
import io.partita.param.PartitionsScopedParam;

/**
 * Lists the partitions of a collection; with {@code ShowType.InMemory}, with their loading percentages.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} validates every field and throws a
 * {@link io.partita.exception.ParamException} naming the field and the bad value.
 */
public final class ShowPartitionsParam extends PartitionsScopedParam {
    private final ShowType showType;

    private ShowPartitionsParam(Builder b) {
        super(b, true);
        this.showType = b.showType;
    }

    /** @return a new builder with the defaults */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** @return {@code All} or {@code InMemory} */
    public ShowType getShowType() {
        return showType;
    }

    @Override
    protected void describeFields(StringBuilder out) {
        super.describeFields(out);
        out.append(", showType=").append(showType);
    }

    /** Builder for {@link ShowPartitionsParam}; not thread-safe. */
    public static final class Builder extends PartitionsScopedParam.AbstractBuilder<Builder> {
        private ShowType showType = ShowType.All;

        private Builder() {}

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
        public ShowPartitionsParam build() {
            ParamUtils.checkNotNull(showType, "showType");
            return new ShowPartitionsParam(this);
        }
    }
}
