package io.partita.server.grpc;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Grpc;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.partita.server.model.EngineException;
import io.partita.server.model.Profile;
import io.partita.server.model.ProfileRefusal;
import io.partita.wire.ClientInfo;
import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What SDK each client announced in {@code Connect} ({@code client_info.sdk_version}), kept per
 * connection (the peer address) for one server. When a client that announced an SDK newer than
 * the server's profile meets a rule only that older profile has ({@link ProfileRefusal}), the
 * refusal's reason ends with one sentence naming the profile that would accept the call.
 */
final class ClientSdks {
    private static final Context.Key<SocketAddress> PEER = Context.key("partita-peer");
    private static final Context.Key<ClientSdks> SDKS = Context.key("partita-client-sdks");
    private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.(\\d+)");
    /** Bounds the map on a server that sees many short connections (a map of addresses, not a cache). */
    private static final int MAX_CLIENTS = 10_000;

    private final Profile profile;
    private final Map<SocketAddress, int[]> announced = new ConcurrentHashMap<>();

    ClientSdks(Profile profile) {
        this.profile = profile;
    }

    /** Makes the caller's address and this registry visible to {@link #remember} and {@link #hinted}. */
    ServerInterceptor interceptor() {
        return new ServerInterceptor() {
            @Override
            public <Q, A> ServerCall.Listener<Q> interceptCall(
                    ServerCall<Q, A> call, Metadata headers, ServerCallHandler<Q, A> next) {
                SocketAddress peer = call.getAttributes().get(Grpc.TRANSPORT_ATTR_REMOTE_ADDR);
                Context ctx = Context.current().withValue(SDKS, ClientSdks.this);
                if (peer != null) {
                    ctx = ctx.withValue(PEER, peer);
                }
                return Contexts.interceptCall(ctx, call, headers, next);
            }
        };
    }

    /** Called by Connect: remembers the SDK version the calling connection announced. */
    static void remember(ClientInfo info) {
        ClientSdks sdks = SDKS.get();
        SocketAddress peer = PEER.get();
        int[] version = parse(info.getSdkVersion());
        if (sdks == null || peer == null || version == null) {
            return;
        }
        if (sdks.announced.size() >= MAX_CLIENTS) {
            sdks.announced.clear();
        }
        sdks.announced.put(peer, version);
    }

    /**
     * The refusal to answer: {@code e} itself, or, for a {@link ProfileRefusal} met by a client
     * that announced an SDK newer than the server's profile, {@code e} with the sentence naming
     * the profile that would accept the call.
     */
    static EngineException hinted(EngineException e) {
        if (!(e instanceof ProfileRefusal refusal)) {
            return e;
        }
        ClientSdks sdks = SDKS.get();
        SocketAddress peer = PEER.get();
        int[] client = sdks == null || peer == null ? null : sdks.announced.get(peer);
        int[] server = parse(sdks == null ? "" : sdks.profile.milvusVersion());
        if (client == null || server == null || compare(client, server) <= 0) {
            return e;
        }
        String reason = e.reason();
        String id = refusal.acceptedBy().id();
        String sentence = "Profile " + id + " would accept this call: the server follows " + sdks.profile.id()
                + " (start it with --profile " + id + ").";
        return new EngineException(
                e.legacyCode(), e.code(), reason + (reason.endsWith(".") ? " " : ". ") + sentence, e.retriable());
    }

    private static int[] parse(String version) {
        Matcher m = VERSION.matcher(version);
        return m.lookingAt() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : null;
    }

    private static int compare(int[] a, int[] b) {
        return a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]);
    }
}
