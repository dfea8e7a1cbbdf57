package io.partita.param;

/**
 * The shared shape of parameters that name one compaction by the id ManualCompaction returned
 * (GetCompactionState, GetCompactionStateWithPlans), validated once, here. Thread-safe.
 */
public abstract class CompactionParam {
    private final long compactionID;

    /**
     * @param builder the builder whose id is validated here
     * @throws io.partita.exception.ParamException when the id is null
     */
    protected CompactionParam(AbstractBuilder<?> builder) {
        ParamUtils.checkNotNull(builder.compactionID, "compactionID");
        this.compactionID = builder.compactionID;
    }

    /** @return the compaction id ManualCompaction returned */
    public long getCompactionID() {
        return compactionID;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{compactionID=" + compactionID + "}";
    }

    /**
     * The builder step that names the compaction. Not thread-safe.
     *
     * @param <B> the concrete builder
     */
    public abstract static class AbstractBuilder<B extends AbstractBuilder<B>> {
        private Long compactionID = 0L;

        /** For the concrete builders of this SDK. */
        protected AbstractBuilder() {}

        /**
         * @param compactionID the compaction id ManualCompaction returned; default 0
         * @return this builder
         */
        @SuppressWarnings("unchecked")
        public B withCompactionID(Long compactionID) {
            this.compactionID = compactionID;
            return (B) this;
        }
    }
}
