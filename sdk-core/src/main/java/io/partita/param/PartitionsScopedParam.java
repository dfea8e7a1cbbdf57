package io.partita.param;

import java.util.ArrayList;
import java.util.List;

/**
 * The shared shape of parameters that name a collection and a list of its partitions. The
 * list is copied when built and handed out unmodifiable. Thread-safe.
 */
public abstract class PartitionsScopedParam extends CollectionScopedParam {
    private final List<String> partitionNames;

    /**
     * @param builder the builder whose names are validated here
     * @param allowEmpty whether an empty list is valid (it means "the whole collection")
     * @throws io.partita.exception.ParamException naming the bad name or the empty list
     */
    protected PartitionsScopedParam(AbstractBuilder<?> builder, boolean allowEmpty) {
        super(builder);
        this.partitionNames = ParamUtils.checkPartitionNames(builder.partitionNames, "partitionNames", allowEmpty);
    }

    /** @return the partition names, trimmed; unmodifiable */
    public List<String> getPartitionNames() {
        return partitionNames;
    }

    @Override
    protected void describeFields(StringBuilder out) {
        super.describeFields(out);
        out.append(", partitionNames=").append(partitionNames);
    }

    /**
     * The builder steps for a list of partition names. Not thread-safe.
     *
     * @param <B> the concrete builder
     */
    public abstract static class AbstractBuilder<B extends AbstractBuilder<B>>
            extends CollectionScopedParam.AbstractBuilder<B> {
        private List<String> partitionNames = List.of();

        /** For the concrete builders of this SDK. */
        protected AbstractBuilder() {}

        /**
         * @param partitionNames the partitions, replacing any named before
         * @return this builder
         */
        public B withPartitionNames(List<String> partitionNames) {
            this.partitionNames = partitionNames;
            return self();
        }

        /**
         * @param partitionName one more partition
         * @return this builder
         */
        public B addPartitionName(String partitionName) {
            List<String> names = partitionNames == null ? new ArrayList<>() : new ArrayList<>(partitionNames);
            names.add(partitionName);
            this.partitionNames = names;
            return self();
        }
    }
}
