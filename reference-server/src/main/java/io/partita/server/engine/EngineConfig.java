package io.partita.server.engine;

import io.partita.server.model.Profile;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How an engine is opened. Immutable; build with {@link #builder(Path)}.
 *
 * @param dataDir directory holding the catalog and the data; created if missing; one engine per
 *     directory at a time (the catalog store locks it)
 * @param profile lifecycle rules; default {@link Profile#MILVUS_2_1}
 * @param memoryLimitBytes memory capacity of each simulated query node; loads are refused past
 *     90% of it. Default: the JVM's max heap × 0.8 divided by the node count, since loaded data
 *     really lives on the heap
 * @param queryNodeCount number of simulated query nodes, ≥ 1; default 1
 * @param searchThreads threads of the bounded pool used to run multi-vector searches in
 *     parallel; default the number of available processors
 * @param mmap the server-wide {@code mmap.enabled} (Milvus's {@code queryNode.mmap.vectorField}):
 *     FLOAT_VECTOR columns of sealed segments are loaded memory-mapped unless the field's own
 *     {@code mmap.enabled} type param says otherwise; default false
 * @param autoCompaction compact a partition at flush when its deleted rows pass 20% of its sealed
 *     rows (Milvus's {@code dataCoord.compaction.single.ratio.threshold}); default true
 */
public record EngineConfig(
        Path dataDir,
        Profile profile,
        long memoryLimitBytes,
        int queryNodeCount,
        int searchThreads,
        boolean mmap,
        boolean autoCompaction) {
    /** As before automatic compaction had a switch: it is on. */
    public EngineConfig(
            Path dataDir, Profile profile, long memoryLimitBytes, int queryNodeCount, int searchThreads, boolean mmap) {
        this(dataDir, profile, memoryLimitBytes, queryNodeCount, searchThreads, mmap, true);
    }

    public EngineConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(profile, "profile");
        if (queryNodeCount < 1) {
            throw new IllegalArgumentException("queryNodeCount must be >= 1, got " + queryNodeCount);
        }
        if (memoryLimitBytes <= 0) {
            throw new IllegalArgumentException("memoryLimitBytes must be > 0, got " + memoryLimitBytes);
        }
        if (searchThreads < 1) {
            throw new IllegalArgumentException("searchThreads must be >= 1, got " + searchThreads);
        }
    }

    public static Builder builder(Path dataDir) {
        return new Builder(dataDir);
    }

    /** Builder with the documented defaults. Not thread-safe. */
    public static final class Builder {
        private final Path dataDir;
        private Profile profile = Profile.MILVUS_2_1;
        private long memoryLimitBytes = -1;
        private int queryNodeCount = 1;
        private int searchThreads = Runtime.getRuntime().availableProcessors();
        private boolean mmap;
        private boolean autoCompaction = true;

        private Builder(Path dataDir) {
            this.dataDir = dataDir;
        }

        public Builder profile(Profile p) {
            this.profile = p;
            return this;
        }

        public Builder memoryLimitBytes(long bytes) {
            this.memoryLimitBytes = bytes;
            return this;
        }

        public Builder queryNodeCount(int n) {
            this.queryNodeCount = n;
            return this;
        }

        public Builder searchThreads(int n) {
            this.searchThreads = n;
            return this;
        }

        /** Loads FLOAT_VECTOR columns memory-mapped unless a field's {@code mmap.enabled} says otherwise. */
        public Builder mmap(boolean enabled) {
            this.mmap = enabled;
            return this;
        }

        /** Automatic compaction at flush (default on); ManualCompaction works either way. */
        public Builder autoCompaction(boolean enabled) {
            this.autoCompaction = enabled;
            return this;
        }

        public EngineConfig build() {
            long limit = memoryLimitBytes > 0
                    ? memoryLimitBytes
                    : (long) (Runtime.getRuntime().maxMemory() * 0.8) / Math.max(1, queryNodeCount);
            return new EngineConfig(dataDir, profile, limit, queryNodeCount, searchThreads, mmap, autoCompaction);
        }
    }
}
