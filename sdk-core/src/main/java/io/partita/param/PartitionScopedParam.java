package io.partita.param;

/**
 * The shared shape of parameters that name a collection and one of its partitions. Thread-safe.
 */
public abstract class PartitionScopedParam extends CollectionScopedParam {
    private final String partitionName;

    /**
     * @param builder the builder whose names are validated here
     * @throws io.partita.exception.ParamException naming the bad name
     */
    protected PartitionScopedParam(AbstractBuilder<?> builder) {
        super(builder);
        this.partitionName = ParamUtils.checkPartitionName(builder.partitionName, "partitionName");
    }

    /** @return the partition name, trimmed */
    public String getPartitionName() {
        return partitionName;
    }

    @Override
    protected void describeFields(StringBuilder out) {
        super.describeFields(out);
        out.append(", partitionName=").append(partitionName);
    }

    /**
     * The builder step for one partition name. Not thread-safe.
     *
     * @param <B> the concrete builder
     */
    public abstract static class AbstractBuilder<B extends AbstractBuilder<B>>
            extends CollectionScopedParam.AbstractBuilder<B> {
        private String partitionName;

        /** For the concrete builders of this SDK. */
        protected AbstractBuilder() {}

        /**
         * @param partitionName the partition to act on; required
         * @return this builder
         */
        public B withPartitionName(String partitionName) {
            this.partitionName = partitionName;
            return self();
        }
    }
}
