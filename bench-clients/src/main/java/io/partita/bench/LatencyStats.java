package io.partita.bench;

import java.util.Arrays;

/** Percentiles and mean of a set of round-trip times in nanoseconds. Immutable. */
final class LatencyStats {
    final double p50Micros;
    final double p99Micros;
    final double meanMicros;
    final int count;

    private LatencyStats(double p50Micros, double p99Micros, double meanMicros, int count) {
        this.p50Micros = p50Micros;
        this.p99Micros = p99Micros;
        this.meanMicros = meanMicros;
        this.count = count;
    }

    static LatencyStats of(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (long n : sorted) {
            sum += n;
        }
        return new LatencyStats(
                percentile(sorted, 50) / 1e3, percentile(sorted, 99) / 1e3, sum / sorted.length / 1e3, sorted.length);
    }

    /** Nearest-rank percentile of sorted samples. */
    private static double percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
