package io.partita.junit;

import io.partita.client.MilvusClient;
import io.partita.server.ReferenceServer;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link PartitaServer}: starts the embedded server before the
 * class's first test (or reuses the run-wide one for {@link PartitaServer.Scope#JVM}), drops all
 * collections before each test when asked, and resolves {@link MilvusClient},
 * {@link PartitaEndpoints} and {@link ReferenceServer} parameters.
 *
 * <p>Register it with {@link PartitaServer} rather than {@code @ExtendWith} directly, so the
 * settings are read from the annotation. Thread-safe as JUnit requires: the server is created
 * once per store through {@code getOrComputeIfAbsent}.
 */
public final class PartitaExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(PartitaExtension.class);
    private static final String CLASS_KEY = "server";

    /** Created by JUnit. */
    public PartitaExtension() {}

    @Override
    public void beforeAll(ExtensionContext context) {
        if (annotation(context).scope() != PartitaServer.Scope.METHOD) {
            seed(context, server(context));
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        EmbeddedServer server = server(context);
        if (annotation(context).cleanBetweenTests()) {
            server.dropAllCollections();
        }
        seed(context, server);
    }

    /** Creates the class's {@link PartitaSeed} collections that do not exist (yet, or again after a clean). */
    private static void seed(ExtensionContext context, EmbeddedServer server) {
        Class<?> testClass = context.getRequiredTestClass();
        List<PartitaSeed> seeds = Seeds.of(testClass);
        if (!seeds.isEmpty()) {
            Seeds.apply(server.client(), seeds, testClass.getClassLoader());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == MilvusClient.class
                || type == PartitaEndpoints.class
                || type == ReferenceServer.class
                || OtherClients.supports(type);
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        EmbeddedServer server = server(extensionContext);
        if (type == MilvusClient.class) {
            return server.client();
        }
        if (type == PartitaEndpoints.class) {
            return server.endpoints();
        }
        if (OtherClients.supports(type)) {
            return server.otherClient(type);
        }
        return server.server();
    }

    /**
     * How long the server of this context took to start, in milliseconds (for tests that
     * measure the harness itself).
     *
     * @param context a context inside a {@link PartitaServer} class
     * @return the start time in milliseconds
     */
    static long startMillis(ExtensionContext context) {
        return server(context).startMillis();
    }

    private static EmbeddedServer server(ExtensionContext context) {
        PartitaServer annotation = annotation(context);
        ServerSettings settings = ServerSettings.from(annotation);
        if (annotation.scope() == PartitaServer.Scope.JVM) {
            return context.getRoot()
                    .getStore(NAMESPACE)
                    .getOrComputeIfAbsent(settings, s -> EmbeddedServer.start(settings), EmbeddedServer.class);
        }
        if (annotation.scope() == PartitaServer.Scope.METHOD) {
            if (context.getTestMethod().isEmpty()) {
                throw new ExtensionConfigurationException("@PartitaServer(scope = METHOD) gives each test method its"
                        + " own server: " + context.getDisplayName() + " is not inside a test method");
            }
            return context.getStore(NAMESPACE)
                    .getOrComputeIfAbsent(CLASS_KEY, k -> EmbeddedServer.start(settings), EmbeddedServer.class);
        }
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent()
                && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        return classContext
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(CLASS_KEY, k -> EmbeddedServer.start(settings), EmbeddedServer.class);
    }

    private static PartitaServer annotation(ExtensionContext context) {
        for (Class<?> c = context.getRequiredTestClass(); c != null; c = c.getEnclosingClass()) {
            PartitaServer found = c.getAnnotation(PartitaServer.class);
            if (found != null) {
                return found;
            }
        }
        throw new ExtensionConfigurationException("PartitaExtension needs @PartitaServer on "
                + context.getRequiredTestClass().getName() + " or an enclosing class");
    }
}
