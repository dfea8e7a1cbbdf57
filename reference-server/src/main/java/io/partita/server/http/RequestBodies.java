package io.partita.server.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * Reads request bodies under two bounds: one body may hold at most {@code maxBodyBytes} (413
 * past it, whether the body declared a {@code Content-Length} or came chunked), and all bodies
 * being read or handled at once may hold at most {@link #budgetBytes()} (429 past it). The
 * shared budget is charged as bytes arrive, never from a declared length, and given back by
 * {@link #release} once the answer is computed, so sixteen concurrent 250 MB uploads are refused
 * rather than exhausting the heap.
 *
 * <p>The budget is {@code min(4 × maxBodyBytes, max heap / 4)}, but never below one full body:
 * up to four maximal bodies at once, and a quarter of the heap for raw bodies, leaving the rest
 * for their parsed form. Thread-safe.
 */
final class RequestBodies {
    /** Read granularity; also the largest buffer allocated before any byte arrived. */
    private static final int CHUNK_BYTES = 64 * 1024;

    private final long maxBodyBytes;
    private final long budgetBytes;
    private final AtomicLong inFlight = new AtomicLong();

    RequestBodies(long maxBodyBytes) {
        this(
                maxBodyBytes,
                Math.max(
                        maxBodyBytes,
                        Math.min(4 * maxBodyBytes, Runtime.getRuntime().maxMemory() / 4)));
    }

    RequestBodies(long maxBodyBytes, long budgetBytes) {
        this.maxBodyBytes = maxBodyBytes;
        this.budgetBytes = budgetBytes;
    }

    long budgetBytes() {
        return budgetBytes;
    }

    /** Bytes of bodies currently charged to the budget. */
    long inFlightBytes() {
        return inFlight.get();
    }

    /**
     * Reads the whole body. On success its length is charged to the budget until {@link #release}
     * is called with it; on failure nothing stays charged.
     *
     * @throws Refused when the body is too large (413) or the budget is spent (429)
     * @throws IOException when reading fails
     */
    byte[] read(Request request) throws IOException {
        long declared = request.getLength();
        if (declared > maxBodyBytes) {
            throw new Refused(413, tooLarge(declared));
        }
        long charged = 0;
        boolean handedOver = false;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(declared, 256), CHUNK_BYTES));
            byte[] buf = new byte[8192];
            try (InputStream in = Content.Source.asInputStream(request)) {
                for (int n; (n = in.read(buf)) > 0; ) {
                    if (charged + n > maxBodyBytes) {
                        throw new Refused(413, tooLarge(charged + n));
                    }
                    charge(n);
                    charged += n;
                    out.write(buf, 0, n);
                }
            }
            byte[] body = out.toByteArray();
            handedOver = true;
            return body;
        } finally {
            if (!handedOver) {
                release(charged);
            }
        }
    }

    /** Gives back what {@link #read} charged for a body of {@code bytes}. */
    void release(long bytes) {
        inFlight.addAndGet(-bytes);
    }

    private void charge(int n) throws Refused {
        long now = inFlight.addAndGet(n);
        if (now > budgetBytes) {
            inFlight.addAndGet(-n);
            throw new Refused(
                    429,
                    "memory quota exhausted: request bodies in flight would exceed " + budgetBytes
                            + " bytes; retry later");
        }
    }

    private String tooLarge(long seenBytes) {
        return "request body too large: at least " + seenBytes + " bytes, the limit is " + maxBodyBytes + " bytes";
    }

    /** A body refused by a bound: the HTTP status to answer and the reason. */
    static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        private final int status;

        Refused(int status, String reason) {
            super(reason);
            this.status = status;
        }

        int status() {
            return status;
        }
    }
}
