package io.partita.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class against an embedded Partita reference server, started in this
 * JVM before the first test (no Docker, no network beyond 127.0.0.1) and closed after the last.
 *
 * <pre>{@code
 * @PartitaServer(profile = "milvus-2.3", memoryLimit = "256m", queryNodes = 2, cleanBetweenTests = true)
 * class BookTest {
 *     @Test
 *     void releasesANovel(MilvusClient client) { ... }
 * }
 * }</pre>
 *
 * <p>Test constructors, lifecycle methods and test methods may declare parameters of type
 * {@code io.partita.client.MilvusClient} (a client connected over gRPC, owned by the extension:
 * do not close it), {@link PartitaEndpoints} (the server's URIs, to build your own clients) or
 * {@code io.partita.server.ReferenceServer} (the server itself, for in-process inspection), and, when they are
 * on the class path, {@code io.partita.v2.client.MilvusClientV2} (partita-sdk-v2) and the official
 * {@code io.milvus.client.MilvusServiceClient} and {@code io.milvus.v2.client.MilvusClientV2}, connected over gRPC.
 *
 * <p>Each server gets a fresh temporary data directory that is deleted when the server stops, so
 * no state leaks from one run into the next.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@ExtendWith(PartitaExtension.class)
public @interface PartitaServer {

    /**
     * Lifecycle rules of the server: {@code "milvus-2.1"} (the default, the seed's documented
     * constraints), {@code "milvus-2.3"} (the cascading load/release rules) or {@code "milvus-2.6"} (today's rules).
     *
     * @return the profile id
     */
    String profile() default "milvus-2.1";

    /**
     * Memory capacity of each simulated query node, as the standalone server's
     * {@code --memory-limit} takes it: {@code "256m"}, {@code "2g"}, {@code "1048576"}. Loads are
     * refused past 90% of it. Empty (the default) lets the server derive it from the JVM heap.
     *
     * @return the size text
     */
    String memoryLimit() default "";

    /**
     * Number of simulated query nodes; loading {@code R} replicas needs {@code R} nodes.
     *
     * @return the node count, at least 1; default 1
     */
    int queryNodes() default 1;

    /**
     * Whether every collection is dropped before each test, so each test starts from an empty
     * server. Default {@code false}: tests of a class share state, which is faster.
     *
     * @return whether to clean between tests
     */
    boolean cleanBetweenTests() default false;

    /**
     * Whether the Milvus 2.1 HTTP API is served too, on a free port (see
     * {@link PartitaEndpoints#httpUri()}). Default {@code false}: gRPC only.
     *
     * @return whether HTTP is on
     */
    boolean http() default false;

    /**
     * Whether every call must carry credentials (Milvus's {@code authorizationEnabled}). The
     * injected client then signs in as {@code root} with the default password {@code Milvus}.
     * Default {@code false}.
     *
     * @return whether authentication is on
     */
    boolean auth() default false;

    /**
     * TLS on both ports, as the standalone server's {@code --tls-mode}: 0 (the default) plain
     * text, 1 one-way, 2 mutual. The harness makes self-signed certificates for the run (a server
     * certificate naming {@code 127.0.0.1} and {@code localhost}, and in mode 2 a client certificate the
     * server trusts); the endpoints become {@code grpcs://} and {@code https://}, the injected
     * client trusts the server and shows its certificate, and {@link PartitaEndpoints#tls()} gives
     * the files to build other clients.
     *
     * @return 0, 1 or 2
     */
    int tlsMode() default 0;

    /**
     * Who shares the server. {@link Scope#CLASS} (the default) starts one server per test class;
     * {@link Scope#JVM} shares one server among every class of the run that asks for the same
     * settings, and closes it when the run ends (combine with {@link #cleanBetweenTests()}); {@link Scope#METHOD}
     * starts a fresh server for each test method.
     *
     * @return the scope
     */
    Scope scope() default Scope.CLASS;

    /** How widely one embedded server is shared. */
    enum Scope {
        /** One server per test class. */
        CLASS,
        /** One server per set of settings for the whole test run (JVM). */
        JVM,
        /**
         * A fresh server for every test method, closed after it: lifecycle methods ({@code @BeforeAll}) get no
         * server then, and {@code @BeforeEach}/{@code @AfterEach} get the method's.
         */
        METHOD
    }
}
