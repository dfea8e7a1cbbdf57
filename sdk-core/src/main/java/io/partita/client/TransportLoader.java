package io.partita.client;

import io.partita.exception.MilvusTransportException;
import io.partita.exception.MissingTransportException;
import io.partita.param.ConnectParam;
import io.partita.transport.Transport;
import io.partita.transport.TransportException;
import io.partita.transport.TransportProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Finds a {@link TransportProvider} for the scheme of a {@link ConnectParam} with ServiceLoader. */
final class TransportLoader {
    private TransportLoader() {}

    static Transport create(ConnectParam connectParam, ClassLoader classLoader) {
        String scheme = connectParam.getScheme();
        List<String> seen = new ArrayList<>();
        for (TransportProvider provider : ServiceLoader.load(TransportProvider.class, classLoader)) {
            seen.add(provider.getClass().getName() + provider.schemes());
            if (provider.schemes().contains(scheme)) {
                try {
                    return provider.create(connectParam);
                } catch (TransportException e) {
                    throw new MilvusTransportException(
                            e.getFailure(),
                            "cannot create the " + scheme + " transport for " + connectParam.getUri() + ": "
                                    + e.getMessage(),
                            e);
                }
            }
        }
        throw new MissingTransportException("no transport for scheme \"" + scheme + "\" (" + connectParam.getUri()
                + "): add the dependency " + artifactFor(scheme) + " to the classpath, or pass one with"
                + " ConnectParam.withTransport(..); providers found: " + seen);
    }

    static String artifactFor(String scheme) {
        return scheme.startsWith("grpc") ? "io.partita:partita-sdk-grpc" : "io.partita:partita-sdk-rest";
    }
}
