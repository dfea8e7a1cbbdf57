package io.partita.junit;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The clients {@code partita-junit} does not depend on but injects when they are on the test class path, built
 * by reflection and closed with the server: the official milvus-sdk-java {@code io.milvus.client.MilvusServiceClient}
 * (V1) and {@code io.milvus.v2.client.MilvusClientV2}, and Partita's own {@code io.partita.v2.client.MilvusClientV2}
 * (partita-sdk-v2). Each is connected over gRPC to the embedded server, signed in as root when auth is on.
 *
 * <p>The constructors used are the SDKs' documented ones: V1 {@code new MilvusServiceClient(ConnectParam
 * .newBuilder().withHost(..).withPort(..).withAuthorization(..).build())}, V2 {@code new MilvusClientV2(ConnectConfig
 * .builder().uri(..).token("user:password").build())} (read in milvus-sdk-java's README and examples).
 */
final class OtherClients implements AutoCloseable {
    static final String OFFICIAL_V1 = "io.milvus.client.MilvusServiceClient";
    static final String OFFICIAL_V2 = "io.milvus.v2.client.MilvusClientV2";
    static final String PARTITA_V2 = "io.partita.v2.client.MilvusClientV2";

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final Map<Class<?>, Object> clients = new LinkedHashMap<>();

    OtherClients(String host, int port, String user, String password) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    /** @return whether {@code type} is one of the clients this class builds */
    static boolean supports(Class<?> type) {
        String name = type.getName();
        return name.equals(OFFICIAL_V1) || name.equals(OFFICIAL_V2) || name.equals(PARTITA_V2);
    }

    /** @return the one client of {@code type} for this server, built on first request */
    synchronized Object get(Class<?> type) {
        Object client = clients.get(type);
        if (client == null) {
            try {
                client = type.getName().equals(OFFICIAL_V1) ? officialV1(type) : v2(type);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(
                        "cannot connect a " + type.getName() + " to the embedded server: " + e, e);
            }
            clients.put(type, client);
        }
        return client;
    }

    private Object officialV1(Class<?> type) throws ReflectiveOperationException {
        Class<?> paramType = Class.forName("io.milvus.param.ConnectParam", true, type.getClassLoader());
        Object builder = paramType.getMethod("newBuilder").invoke(null);
        Class<?> b = builder.getClass();
        b.getMethod("withHost", String.class).invoke(builder, host);
        b.getMethod("withPort", int.class).invoke(builder, port);
        if (user != null) {
            b.getMethod("withAuthorization", String.class, String.class).invoke(builder, user, password);
        }
        Object param = b.getMethod("build").invoke(builder);
        return type.getConstructor(paramType).newInstance(param);
    }

    private Object v2(Class<?> type) throws ReflectiveOperationException {
        Class<?> configType = Class.forName(type.getPackageName() + ".ConnectConfig", true, type.getClassLoader());
        Object builder = configType.getMethod("builder").invoke(null);
        Class<?> b = builder.getClass();
        // The official client reads http:// as gRPC; Partita's SDK reads it as REST and takes grpc://.
        String scheme = type.getName().equals(PARTITA_V2) ? "grpc" : "http";
        b.getMethod("uri", String.class).invoke(builder, scheme + "://" + host + ":" + port);
        if (user != null) {
            b.getMethod("token", String.class).invoke(builder, user + ":" + password);
        }
        Object config = b.getMethod("build").invoke(builder);
        return type.getConstructor(configType).newInstance(config);
    }

    @Override
    public synchronized void close() {
        List<RuntimeException> failures = new ArrayList<>();
        for (Object client : clients.values()) {
            try {
                Method close = client.getClass().getMethod("close");
                close.invoke(client);
            } catch (ReflectiveOperationException | RuntimeException e) {
                failures.add(
                        new IllegalStateException("closing " + client.getClass().getName() + " failed: " + e, e));
            }
        }
        clients.clear();
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }
}
