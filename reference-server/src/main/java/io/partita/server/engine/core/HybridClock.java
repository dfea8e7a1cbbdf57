package io.partita.server.engine.core;

/**
 * Milvus-style hybrid timestamps: physical milliseconds shifted left 18 bits plus a logical
 * counter, strictly increasing within the process and starting above every timestamp
 * recovered from disk. Thread-safe.
 */
final class HybridClock {
    static final int LOGICAL_BITS = 18;
    private final java.time.Clock wall;
    private long last;

    HybridClock(long floor, java.time.Clock wall) {
        this.last = floor;
        this.wall = wall;
    }

    synchronized long next() {
        long physical = wall.millis() << LOGICAL_BITS;
        last = Math.max(last + 1, physical);
        return last;
    }

    /** Reserves {@code n} consecutive values and returns the first (for generated primary keys). */
    synchronized long reserve(int n) {
        long first = next();
        last = first + n - 1;
        return first;
    }

    /** The hybrid timestamp of a wall-clock time (logical part 0), as Milvus's tsoutil.ComposeTSByTime. */
    static long of(long physicalMs) {
        return physicalMs << LOGICAL_BITS;
    }

    static long physicalMs(long hybrid) {
        return hybrid >>> LOGICAL_BITS;
    }
}
