package io.partita.server.engine.core;

import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.model.DataType;
import io.partita.server.model.EngineException;
import io.partita.server.model.ErrorCodes;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Admission of a search or a query by the size of its result, checked before any work starts
 * (a query, whose matches are unknown until scanned, charges its largest possible result and
 * checks {@link #MAX_OUTPUT_BYTES} as rows match, see {@code QueryOps}):
 *
 * <ul>
 *   <li>one call's estimated result ({@code nq × (topK + offset)} hits, each an id, a score and its
 *       output fields) may not pass {@link #MAX_OUTPUT_BYTES}, Milvus's
 *       {@code quotaAndLimits.limits.maxOutputSize} (100 MiB), refused with Milvus's reason
 *       ({@code internal/proxy/reduce*.go}: "search results exceed the maxOutputSize Limit …"),
 *       code 1100;</li>
 *   <li>all admitted calls together may not hold more than the budget (a quarter of the max heap
 *       by default): past it a call is refused with {@code MemoryQuotaExhausted} (53), code 3
 *       (memory limit exceeded), retriable, and nothing is computed.</li>
 * </ul>
 *
 * <p>One JVM-wide instance ({@link #JVM}) serves every engine, since they share one heap.
 * Thread-safe.
 */
final class ResultAdmission {
    /** Milvus's default {@code maxOutputSize}: 104857600 bytes. */
    static final long MAX_OUTPUT_BYTES = 100L << 20;

    /** Per hit: the primary key (8), the score (4) and the searcher's working entry (8). */
    private static final long HIT_BYTES = 20;

    static final ResultAdmission JVM = new ResultAdmission(Runtime.getRuntime().maxMemory() / 4);

    private final long budgetBytes;
    private final AtomicLong inFlight = new AtomicLong();

    ResultAdmission(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    /** A charge held while a call computes; close it when the answer is built. */
    interface Ticket extends AutoCloseable {
        @Override
        void close();
    }

    /** Estimated bytes of {@code hits} hits carrying the {@code outputs} fields. */
    static long estimate(long hits, List<FieldSchema> fields, List<Integer> outputs) {
        long perHit = HIT_BYTES;
        for (int f : outputs) {
            perHit += width(fields.get(f));
        }
        return multiplySaturated(hits, perHit);
    }

    /**
     * Admits a call needing {@code bytes}, or refuses it.
     *
     * @throws EngineException when one call alone is over {@link #MAX_OUTPUT_BYTES} or the budget
     *     has no room for it now
     */
    Ticket admit(LifecycleProfile profile, long bytes) {
        if (bytes > MAX_OUTPUT_BYTES) {
            throw profile.invalidParameter("search results exceed the maxOutputSize Limit " + MAX_OUTPUT_BYTES);
        }
        long now = inFlight.addAndGet(bytes);
        if (now > budgetBytes) {
            inFlight.addAndGet(-bytes);
            throw new EngineException(
                    ErrorCodes.MEMORY_QUOTA_EXHAUSTED,
                    ErrorCodes.CODE_MEMORY_LIMIT,
                    "memory quota exhausted: the results of calls in flight would need " + now
                            + " bytes, more than the budget of " + budgetBytes + " bytes; retry later",
                    true);
        }
        return () -> inFlight.addAndGet(-bytes);
    }

    /** Bytes held by admitted calls now. */
    long inFlightBytes() {
        return inFlight.get();
    }

    private static long width(FieldSchema f) {
        DataType t = f.dataType().storage(); // GEOMETRY is text, TIMESTAMPTZ 8 bytes
        if (t == DataType.FLOAT_VECTOR) {
            return 4L * f.dim();
        }
        if (t.isByteVector()) {
            return t.rowBytes(f.dim());
        }
        if (t == DataType.SPARSE_FLOAT_VECTOR) {
            return 8L * 64; // a typical row of 64 (index, value) pairs; sparse rows have no fixed width
        }
        if (t == DataType.VARCHAR) {
            try {
                return Long.parseLong(
                        f.typeParams().getOrDefault("max_length", "256").trim());
            } catch (NumberFormatException e) {
                return 256;
            }
        }
        return 8;
    }

    /**
     * The least one row of a query's answer can take: fixed-width fields at their width, text,
     * JSON, arrays and sparse rows at one byte (they may be empty). Bounds how many rows a scan may
     * collect before the answer is certainly over {@link #MAX_OUTPUT_BYTES}.
     */
    static long minimumRowBytes(List<FieldSchema> fields, List<Integer> outputs) {
        long perRow = HIT_BYTES;
        for (int f : outputs) {
            DataType t = fields.get(f).dataType().storage();
            boolean variable = t == DataType.VARCHAR
                    || t == DataType.JSON
                    || t == DataType.ARRAY
                    || t == DataType.SPARSE_FLOAT_VECTOR;
            perRow += variable ? 1 : width(fields.get(f));
        }
        return perRow;
    }

    /**
     * What a gathered answer really takes, as Milvus measures its {@code maxOutputSize}: text by
     * its characters, JSON, arrays and sparse rows by their bytes, the rest by their width.
     */
    static long actualBytes(List<FieldColumn> columns) {
        long total = 0;
        for (FieldColumn c : columns) {
            DataType t = c.type().storage();
            if (t == DataType.VARCHAR) {
                for (String v : c.strings()) {
                    total += v == null ? 0 : v.length();
                }
            } else if (t == DataType.JSON || t == DataType.ARRAY || t == DataType.SPARSE_FLOAT_VECTOR) {
                for (byte[] v : t == DataType.SPARSE_FLOAT_VECTOR ? c.sparseRows() : c.jsonBytes()) {
                    total += v == null ? 0 : v.length;
                }
            } else if (t == DataType.FLOAT_VECTOR) {
                total += 4L * c.vectorFloats().length;
            } else if (t.isByteVector()) {
                total += c.vectorBytes().length;
            } else {
                total += 8L * c.rowCount();
            }
        }
        return total;
    }

    private static long multiplySaturated(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        return hi != 0 || lo < 0 ? Long.MAX_VALUE : lo;
    }
}
