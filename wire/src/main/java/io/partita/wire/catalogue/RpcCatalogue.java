package io.partita.wire.catalogue;

import io.grpc.MethodDescriptor;
import io.partita.wire.MilvusServiceGrpc;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The RPC catalogue ({@code milvus-rpcs.txt} beside this class): for each {@code MilvusService}
 * RPC that Partita's SDK calls or that Milvus 2.1's HTTP API routes, whether a resend is safe and
 * its {@code /api/v1} route. The reference server derives its HTTP route table from it; the SDK
 * reads the same file (copied into sdk-core at build time, which stays free of protobuf). Request
 * and response types come from the generated service descriptor ({@link Rpc#method()}).
 *
 * <p>Read once, immutable and thread-safe.
 */
public final class RpcCatalogue {
    /** The catalogue's file name, a resource beside this class (and beside sdk-core's reader). */
    public static final String FILE = "milvus-rpcs.txt";

    private static final Map<String, Rpc> BY_NAME = read();

    private RpcCatalogue() {}

    /** @return every RPC of the catalogue, in the file's order */
    public static List<Rpc> all() {
        return List.copyOf(BY_NAME.values());
    }

    /** @return the catalogue's entry for this bare RPC name, e.g. {@code ReleasePartitions} */
    public static Optional<Rpc> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    private static Map<String, Rpc> read() {
        Map<String, Rpc> rpcs = new LinkedHashMap<>();
        try (InputStream in = RpcCatalogue.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing beside " + RpcCatalogue.class.getName());
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                Rpc rpc = Rpc.parse(line);
                if (rpc != null && rpcs.put(rpc.name, rpc) != null) {
                    throw new IllegalStateException(FILE + " lists " + rpc.name + " twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rpcs;
    }

    /** One line of the catalogue. Immutable. */
    public static final class Rpc {
        private final String name;
        private final boolean resendSafe;
        private final String httpMethod;
        private final String httpPath;
        private final boolean extension;

        private Rpc(String name, boolean resendSafe, String httpMethod, String httpPath, boolean extension) {
            this.name = name;
            this.resendSafe = resendSafe;
            this.httpMethod = httpMethod;
            this.httpPath = httpPath;
            this.extension = extension;
        }

        /** @return the entry of a catalogue line, or null for a comment or blank line */
        static Rpc parse(String line) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                return null;
            }
            String[] cols = text.split("\\s+");
            boolean routed = cols.length >= 4;
            boolean badShape = routed ? cols.length > 5 : cols.length != 3 || !cols[2].equals("-");
            if (badShape || !(cols[1].equals("yes") || cols[1].equals("no"))) {
                throw new IllegalStateException(FILE + ": cannot read \"" + text + "\"");
            }
            boolean extension = cols.length == 5 && cols[4].equals("extension");
            if (cols.length == 5 && !extension) {
                throw new IllegalStateException(FILE + ": unknown note in \"" + text + "\"");
            }
            return new Rpc(cols[0], cols[1].equals("yes"), routed ? cols[2] : null, routed ? cols[3] : null, extension);
        }

        /** @return the bare RPC name, e.g. {@code ReleasePartitions} */
        public String name() {
            return name;
        }

        /** @return whether sending the request twice has the effect of sending it once */
        public boolean resendSafe() {
            return resendSafe;
        }

        /** @return the HTTP method of its {@code /api/v1} route, e.g. {@code DELETE}; empty when it has none */
        public Optional<String> httpMethod() {
            return Optional.ofNullable(httpMethod);
        }

        /** @return the path of its route below {@code /api/v1}, e.g. {@code /partitions/load}; empty when none */
        public Optional<String> httpPath() {
            return Optional.ofNullable(httpPath);
        }

        /** @return whether its route is a Partita extension that Milvus's HTTP API never had */
        public boolean extension() {
            return extension;
        }

        /**
         * @return the generated method descriptor: full name and request/response message types
         * @throws IllegalStateException when milvus.proto has no RPC of this name
         */
        public MethodDescriptor<?, ?> method() {
            // The RPC's own generated getter, not the service descriptor: that one initialises the request and
            // response classes of every RPC of the service (hundreds of classes) to find one.
            try {
                Object m = MilvusServiceGrpc.class
                        .getMethod("get" + name + "Method")
                        .invoke(null);
                return (MethodDescriptor<?, ?>) m;
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(FILE + " names " + name + ", not a MilvusService RPC", e);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read the descriptor of " + name, e);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
