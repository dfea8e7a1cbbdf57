package io.partita.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/** A clock that only moves when the client sleeps; records every sleep. */
final class ManualClock implements LongSupplier, Sleeper {
    private long nanos = 1_000_000_000L;
    final List<Duration> sleeps = new ArrayList<>();

    @Override
    public synchronized long getAsLong() {
        return nanos;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        nanos += duration.toNanos();
    }

    synchronized void advance(Duration duration) {
        nanos += duration.toNanos();
    }
}
