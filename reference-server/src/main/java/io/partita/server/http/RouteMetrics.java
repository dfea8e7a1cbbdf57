package io.partita.server.http;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Request counts and latencies of the HTTP API, by route (method and path) and status code,
 * rendered as Prometheus counters. Thread-safe; lock-free on the request path.
 */
final class RouteMetrics {
    private record Key(String method, String route, int status) {}

    private static final class Cell {
        final LongAdder count = new LongAdder();
        final LongAdder nanos = new LongAdder();
    }

    private final Map<Key, Cell> cells = new ConcurrentHashMap<>();

    /** Records one answered request; {@code route} is the matched path or {@code other}. */
    void record(String method, String route, int status, long elapsedNanos) {
        Cell c = cells.computeIfAbsent(new Key(method, route, status), k -> new Cell());
        c.count.increment();
        c.nanos.add(elapsedNanos);
    }

    void render(StringBuilder out) {
        Map<String, Cell> sorted = new TreeMap<>();
        cells.forEach((k, c) -> sorted.put(labels(k), c));
        out.append("# HELP partita_http_requests_total HTTP API requests answered, by method, route and status.\n");
        out.append("# TYPE partita_http_requests_total counter\n");
        sorted.forEach((l, c) -> out.append("partita_http_requests_total")
                .append(l)
                .append(' ')
                .append(c.count.sum())
                .append('\n'));
        out.append(
                "# HELP partita_http_request_duration_seconds_sum Total time spent answering, by method, route and status.\n");
        out.append("# TYPE partita_http_request_duration_seconds_sum counter\n");
        sorted.forEach((l, c) -> out.append("partita_http_request_duration_seconds_sum")
                .append(l)
                .append(' ')
                .append(c.nanos.sum() / 1e9)
                .append('\n'));
    }

    private static String labels(Key k) {
        return "{method=\"" + k.method() + "\",route=\"" + PrometheusText.escape(k.route()) + "\",status=\""
                + k.status() + "\"}";
    }
}
