package io.partita.client;

import io.partita.transport.Transport;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * What every view of one client shares: the transport, who owns it, whether the client is
 * closed, and the clock and sleeper (fakes in tests). Thread-safe.
 */
final class ClientCore {
    final Transport transport;
    final boolean ownsTransport;
    final Sleeper sleeper;
    final LongSupplier nanoClock;
    final Random random;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Set once the server answered GetLoadingProgress with UNIMPLEMENTED; then percentages are used. */
    final AtomicBoolean loadingProgressUnsupported = new AtomicBoolean();

    ClientCore(Transport transport, boolean ownsTransport, Sleeper sleeper, LongSupplier nanoClock, Random random) {
        this.transport = transport;
        this.ownsTransport = ownsTransport;
        this.sleeper = sleeper;
        this.nanoClock = nanoClock;
        this.random = random;
    }

    boolean isClosed() {
        return closed.get();
    }

    /** Closes the transport if this client created it; later calls do nothing. */
    void close() {
        if (closed.compareAndSet(false, true) && ownsTransport) {
            transport.close();
        }
    }
}
