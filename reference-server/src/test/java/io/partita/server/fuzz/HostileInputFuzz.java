package io.partita.server.fuzz;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.ClientCalls;
import io.partita.server.ReferenceServer;
import io.partita.wire.MilvusServiceGrpc;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Hostile input against a real server on loopback: every {@code /api/v1} route gets random
 * JSON built from the protocol's own field names with hostile values (wrong kinds, huge and
 * negative numbers, long strings, deep nesting) and random bytes; every gRPC method gets
 * messages with randomly filled fields. A failure is any HTTP 5xx other than 501 (a route
 * answering "not implemented" by design), any gRPC UNKNOWN or INTERNAL, or the server no longer
 * answering. Run for a bounded time by {@code HostileInputFuzzTest}, longer as a program:
 *
 * <pre>java ... io.partita.server.fuzz.HostileInputFuzz SECONDS [SEED]</pre>
 *
 * Not thread-safe; one instance per run.
 */
public final class HostileInputFuzz {
    /** Every Milvus 2.1 HTTP route. */
    static final String[][] ROUTES = {
        {"POST", "/collection"},
        {"DELETE", "/collection"},
        {"GET", "/collection/existence"},
        {"GET", "/collection"},
        {"POST", "/collection/load"},
        {"DELETE", "/collection/load"},
        {"GET", "/collection/statistics"},
        {"GET", "/collections"},
        {"POST", "/partition"},
        {"DELETE", "/partition"},
        {"GET", "/partition/existence"},
        {"POST", "/partitions/load"},
        {"DELETE", "/partitions/load"},
        {"GET", "/partition/statistics"},
        {"GET", "/partitions"},
        {"POST", "/alias"},
        {"DELETE", "/alias"},
        {"PATCH", "/alias"},
        {"POST", "/index"},
        {"GET", "/index"},
        {"GET", "/index/state"},
        {"GET", "/index/progress"},
        {"DELETE", "/index"},
        {"POST", "/entities"},
        {"DELETE", "/entities"},
        {"POST", "/search"},
        {"POST", "/query"},
        {"POST", "/persist"},
        {"GET", "/distance"},
        {"GET", "/persist/state"},
        {"GET", "/persist/segment-info"},
        {"GET", "/query-segment-info"},
        {"GET", "/replicas"},
        {"GET", "/metrics"},
        {"POST", "/credential"},
        {"PATCH", "/credential"},
        {"DELETE", "/credential"},
        {"GET", "/credential/users"},
        {"GET", "/collection/loading-progress"},
        {"GET", "/collection/load-state"}
    };

    /** Keys the request messages use, so random bodies reach past the parser. */
    static final String[] KEYS = {
        "collection_name",
        "partition_name",
        "partition_names",
        "schema",
        "fields_data",
        "field_name",
        "type",
        "field",
        "num_rows",
        "expr",
        "dsl",
        "dsl_type",
        "output_fields",
        "search_params",
        "vectors",
        "binary_vectors",
        "placeholder_group",
        "nq",
        "topk",
        "alias",
        "index_name",
        "extra_params",
        "username",
        "password",
        "oldPassword",
        "newPassword",
        "replica_number",
        "op_left",
        "op_right",
        "params",
        "key",
        "value",
        "name",
        "fields",
        "data_type",
        "type_params",
        "is_primary_key",
        "autoID",
        "dim",
        "db_name",
        "limit"
    };

    private final Random random;
    private final ReferenceServer server;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ManagedChannel channel;
    final List<String> failures = new ArrayList<>();
    long httpRequests;
    long grpcCalls;

    HostileInputFuzz(ReferenceServer server, long seed) {
        this.server = server;
        this.random = new Random(seed);
        this.channel = NettyChannelBuilder.forAddress("127.0.0.1", server.grpcPort())
                .usePlaintext()
                .maxInboundMessageSize(64 << 20)
                .build();
    }

    /** Runs until {@code deadlineNanos}; failures are collected, not thrown. */
    void run(long deadlineNanos) throws Exception {
        run(deadlineNanos, Long.MAX_VALUE);
    }

    /**
     * Runs until {@code deadlineNanos} or until both ports have taken {@code callsEach} requests,
     * whichever comes first; failures are collected, not thrown.
     */
    void run(long deadlineNanos, long callsEach) throws Exception {
        List<MethodDescriptor<?, ?>> methods = new ArrayList<>();
        MilvusServiceGrpc.getServiceDescriptor().getMethods().forEach(methods::add);
        // a collection for calls to find, so the fuzz reaches past "collection not found"
        send(
                "POST",
                "/collection",
                "{\"collection_name\":\"fz\",\"schema\":{\"name\":\"fz\",\"fields\":["
                        + "{\"name\":\"id\",\"data_type\":\"Int64\",\"is_primary_key\":true},"
                        + "{\"name\":\"v\",\"data_type\":\"FloatVector\",\"type_params\":[{\"key\":\"dim\",\"value\":\"4\"}]}]}}");
        while (System.nanoTime() < deadlineNanos
                && failures.size() < 20
                && (httpRequests < callsEach || grpcCalls < callsEach)) {
            String[] route = ROUTES[random.nextInt(ROUTES.length)];
            send(route[0], "/api/v1" + route[1], body());
            httpRequests++;
            MethodDescriptor<?, ?> m = methods.get(random.nextInt(methods.size()));
            call(m);
            grpcCalls++;
        }
        HttpResponse<String> health = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.httpPort() + "/healthz"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() != 200) {
            failures.add("the server stopped answering /healthz: " + health.statusCode());
        }
    }

    void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    private void send(String method, String path, String body) throws Exception {
        HttpResponse<String> r;
        try {
            r = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.httpPort() + path))
                            .timeout(Duration.ofSeconds(30))
                            .method(method, HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            failures.add(method + " " + path + " lost the connection (" + e + ") for body " + cut(body));
            return;
        }
        if (r.statusCode() >= 500 && r.statusCode() != 501) {
            failures.add(
                    method + " " + path + " -> " + r.statusCode() + " " + cut(r.body()) + " for body " + cut(body));
        }
    }

    @SuppressWarnings("unchecked")
    private <Q, A> void call(MethodDescriptor<Q, A> m) {
        Message prototype =
                (Message) ((MethodDescriptor.PrototypeMarshaller<Q>) m.getRequestMarshaller()).getMessagePrototype();
        Message request = randomMessage(prototype.newBuilderForType(), 0);
        try {
            ClientCalls.blockingUnaryCall(
                    channel, m, CallOptions.DEFAULT.withDeadlineAfter(30, TimeUnit.SECONDS), (Q) request);
        } catch (StatusRuntimeException e) {
            Status.Code c = e.getStatus().getCode();
            if (c == Status.Code.UNKNOWN || c == Status.Code.INTERNAL || c == Status.Code.UNAVAILABLE) {
                failures.add(m.getBareMethodName() + " -> " + c + " "
                        + cut(String.valueOf(e.getStatus().getDescription())) + " for " + cut(request.toString()));
            }
        }
    }

    private Message randomMessage(Message.Builder b, int depth) {
        for (FieldDescriptor f : b.getDescriptorForType().getFields()) {
            if (random.nextInt(3) == 0 || (depth > 3 && f.getJavaType() == FieldDescriptor.JavaType.MESSAGE)) {
                continue;
            }
            if (f.isMapField()) {
                continue;
            }
            int n = f.isRepeated() ? random.nextInt(4) : 1;
            for (int i = 0; i < n; i++) {
                Object v = randomValue(f, b, depth);
                if (v == null) {
                    continue;
                }
                if (f.isRepeated()) {
                    b.addRepeatedField(f, v);
                } else {
                    b.setField(f, v);
                }
            }
        }
        return b.build();
    }

    private Object randomValue(FieldDescriptor f, Message.Builder parent, int depth) {
        return switch (f.getJavaType()) {
            case INT -> pick(new Object[] {0, 1, -1, 16384, 16385, Integer.MAX_VALUE, Integer.MIN_VALUE});
            case LONG -> pick(new Object[] {0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 40});
            case FLOAT -> pick(new Object[] {0f, Float.NaN, Float.POSITIVE_INFINITY, -1f});
            case DOUBLE -> pick(new Object[] {0d, Double.NaN, 1e308});
            case BOOLEAN -> random.nextBoolean();
            case STRING -> hostileString();
            case BYTE_STRING -> ByteString.copyFrom(randomBytes());
            case ENUM ->
                f.getEnumType()
                        .getValues()
                        .get(random.nextInt(f.getEnumType().getValues().size()));
            case MESSAGE -> randomMessage(parent.newBuilderForField(f), depth + 1);
        };
    }

    private Object pick(Object[] values) {
        return values[random.nextInt(values.length)];
    }

    private String hostileString() {
        return switch (random.nextInt(9)) {
            case 0 -> "";
            case 1 -> "fz";
            case 2 -> "x".repeat(100_000);
            case 3 -> "id + ".repeat(5_000) + "1 > 0";
            case 4 -> "(".repeat(3_000) + "id > 0" + ")".repeat(3_000);
            case 5 -> "[{\"key\":\"topk\"}]";
            case 6 -> "\u0000\uD800\uFFFF";
            case 7 -> "id in [" + "1,".repeat(2_000) + "1]";
            default -> "_default";
        };
    }

    private byte[] randomBytes() {
        byte[] b = new byte[random.nextInt(64)];
        random.nextBytes(b);
        return b;
    }

    private String body() {
        return switch (random.nextInt(6)) {
            case 0 -> new String(randomBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            case 1 -> "{\"x\":" + "[".repeat(random.nextInt(30_000)) + "}";
            default -> jsonValue(0, true);
        };
    }

    private String jsonValue(int depth, boolean object) {
        if (object || (depth < 4 && random.nextInt(4) == 0)) {
            StringBuilder sb = new StringBuilder("{");
            int n = random.nextInt(6);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append('"')
                        .append(KEYS[random.nextInt(KEYS.length)])
                        .append("\":")
                        .append(jsonValue(depth + 1, false));
            }
            return sb.append('}').toString();
        }
        return switch (random.nextInt(10)) {
            case 0 -> "\"fz\"";
            case 1 -> String.valueOf(random.nextInt(20) - 2);
            case 2 -> "1e400";
            case 3 -> "-99999999999999999999999";
            case 4 -> "null";
            case 5 -> "true";
            case 6 -> "[" + jsonValue(depth + 1, false) + "," + jsonValue(depth + 1, false) + "]";
            case 7 -> "\"" + "y".repeat(random.nextInt(5000)) + "\"";
            case 8 -> "[[1.5,2],[3]]";
            default -> depth < 4 ? jsonValue(depth + 1, true) : "{}";
        };
    }

    private static String cut(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }

    /**
     * {@code SECONDS [SEED [CALLS_EACH [RSS_LIMIT_MB]]]}: runs against a fresh server (in this
     * process) in a temporary directory until SECONDS pass or both ports took CALLS_EACH requests,
     * then prints the counts and the process's peak resident memory (VmHWM). Exit 1 on any
     * failure, on fewer than CALLS_EACH requests on either port, or on a peak past RSS_LIMIT_MB.
     */
    public static void main(String[] args) throws Exception {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 600;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        long callsEach = args.length > 2 ? Long.parseLong(args[2]) : Long.MAX_VALUE;
        long rssLimitMb = args.length > 3 ? Long.parseLong(args[3]) : Long.MAX_VALUE;
        Path dir = Files.createTempDirectory("partita-fuzz");
        long start = System.nanoTime();
        try (ReferenceServer server =
                ReferenceServer.builder().dataDir(dir).grpcPort(0).httpPort(0).start()) {
            HostileInputFuzz fuzz = new HostileInputFuzz(server, seed);
            fuzz.run(start + seconds * 1_000_000_000L, callsEach);
            fuzz.close();
            long peakMb = peakRssKb() / 1024;
            System.out.println("seed " + seed + ": " + fuzz.httpRequests + " HTTP requests, " + fuzz.grpcCalls
                    + " gRPC calls, " + fuzz.failures.size() + " failures in "
                    + (System.nanoTime() - start) / 1_000_000_000L + " s; peak RSS " + peakMb + " MB (heap max "
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB)");
            fuzz.failures.forEach(System.out::println);
            boolean enough =
                    callsEach == Long.MAX_VALUE || fuzz.httpRequests >= callsEach && fuzz.grpcCalls >= callsEach;
            if (!enough) {
                System.out.println("fewer than " + callsEach + " requests on a port before the time ran out");
            }
            if (peakMb > rssLimitMb) {
                System.out.println("peak RSS " + peakMb + " MB is past the bound of " + rssLimitMb + " MB");
            }
            System.exit(fuzz.failures.isEmpty() && enough && peakMb <= rssLimitMb ? 0 : 1);
        }
    }

    /** The process's peak resident set (VmHWM), in KiB; 0 where /proc is not there. */
    static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (java.io.IOException | NumberFormatException e) {
            // not Linux: no figure
        }
        return 0;
    }
}
