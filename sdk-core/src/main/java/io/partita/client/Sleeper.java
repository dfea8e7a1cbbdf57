package io.partita.client;

import java.time.Duration;

/** Waits; replaced in tests so that backoff and polling run without real sleeping. */
interface Sleeper {
    Sleeper REAL = duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);

    void sleep(Duration duration) throws InterruptedException;
}
