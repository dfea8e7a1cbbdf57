package io.partita.bench;

import java.util.Arrays;

/** Latency samples in nanoseconds and their percentiles. */
final class Stats {
    private final long[] samples;

    Stats(long[] samplesNanos) {
        this.samples = samplesNanos.clone();
        Arrays.sort(this.samples);
    }

    double percentileMs(double p) {
        int i = (int) Math.min(samples.length - 1, Math.round(p / 100 * (samples.length - 1)));
        return samples[i] / 1e6;
    }

    double meanMs() {
        return Arrays.stream(samples).average().orElse(0) / 1e6;
    }
}
