package io.partita.server.http;

import io.partita.server.grpc.HttpRoute;
import io.partita.server.grpc.ServerRpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The route table of the Milvus 2.1 HTTP API (the proxy's {@code /api/v1} handlers), derived from
 * the RPC declarations: every route maps one HTTP method and path to one {@code MilvusService}
 * RPC. GET routes read a JSON body too, as Milvus 2.1 did. Immutable and thread-safe.
 */
final class Routes {
    static final String PREFIX = "/api/v1";

    private final List<Route> all;
    private final Map<String, Route> byKey;
    private final Set<String> paths;

    private Routes(List<Route> all) {
        this.all = List.copyOf(all);
        Map<String, Route> m = new HashMap<>();
        Set<String> p = new HashSet<>();
        for (Route r : all) {
            if (m.put(r.method() + " " + r.path(), r) != null) {
                throw new IllegalArgumentException("two RPCs declare the route " + r.method() + " " + r.path());
            }
            p.add(r.path());
        }
        this.byKey = Map.copyOf(m);
        this.paths = Set.copyOf(p);
    }

    /** The routes the declarations name, in their order; fails on a route declared twice. */
    static Routes of(List<ServerRpc<?, ?>> rpcs) {
        List<Route> all = new ArrayList<>();
        for (ServerRpc<?, ?> rpc : rpcs) {
            for (HttpRoute r : rpc.routes()) {
                all.add(new Route(r.method(), r.path(), rpc));
            }
        }
        return new Routes(all);
    }

    /** @return every route */
    List<Route> all() {
        return all;
    }

    /** @return the route for this method and path below {@link #PREFIX} */
    Optional<Route> find(String method, String path) {
        return Optional.ofNullable(byKey.get(method + " " + path));
    }

    /** @return whether some method serves this path (to tell 405 from 404) */
    boolean knownPath(String path) {
        return paths.contains(path);
    }
}
