package io.partita.server.grpc;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes of gRPC requests in flight, bounded as the HTTP port bounds its bodies: a request is
 * charged its serialized size when it is parsed and given back when its answer is sent, and a
 * request that would take the total past {@link #budgetBytes()} is refused before it is parsed
 * or handled (Milvus's rate-limit answer, see {@link GrpcBinding}). Thread-safe, lock-free.
 */
public final class RequestBudget {
    private final long budgetBytes;
    private final AtomicLong inFlight = new AtomicLong();

    /** @param budgetBytes the most request bytes parsed or being handled at once; must be > 0 */
    public RequestBudget(long budgetBytes) {
        if (budgetBytes <= 0) {
            throw new IllegalArgumentException("budgetBytes must be > 0, got " + budgetBytes);
        }
        this.budgetBytes = budgetBytes;
    }

    /**
     * The default for a server accepting messages up to {@code maxMessageBytes}: up to four
     * maximal messages at once and at most a quarter of the heap, but never below one message
     * (the rule of the HTTP body budget).
     */
    public static RequestBudget forMessagesUpTo(long maxMessageBytes) {
        return new RequestBudget(Math.max(
                maxMessageBytes,
                Math.min(4 * maxMessageBytes, Runtime.getRuntime().maxMemory() / 4)));
    }

    /** The bound. */
    public long budgetBytes() {
        return budgetBytes;
    }

    /** Request bytes charged now. */
    public long inFlightBytes() {
        return inFlight.get();
    }

    /** Charges {@code bytes} when they fit in what is left; false (nothing charged) otherwise. */
    boolean tryCharge(long bytes) {
        while (true) {
            long now = inFlight.get();
            if (now + bytes > budgetBytes) {
                return false;
            }
            if (inFlight.compareAndSet(now, now + bytes)) {
                return true;
            }
        }
    }

    /** Gives back bytes charged by {@link #tryCharge}. */
    void release(long bytes) {
        inFlight.addAndGet(-bytes);
    }
}
