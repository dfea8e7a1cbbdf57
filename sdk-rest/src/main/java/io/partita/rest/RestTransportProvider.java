package io.partita.rest;

import io.partita.param.ConnectParam;
import io.partita.transport.Transport;
import io.partita.transport.TransportException;
import io.partita.transport.TransportProvider;
import java.util.Set;

/**
 * Registers {@link RestTransport} for the {@code http} and {@code https} URI schemes, found by
 * {@link java.util.ServiceLoader}. The transports it creates use default timeouts. Thread-safe.
 */
public final class RestTransportProvider implements TransportProvider {
    private static final Set<String> SCHEMES = Set.of("http", "https");

    /** Needed by {@link java.util.ServiceLoader}. */
    public RestTransportProvider() {}

    @Override
    public Set<String> schemes() {
        return SCHEMES;
    }

    @Override
    public Transport create(ConnectParam connectParam) throws TransportException {
        return RestTransport.create(connectParam);
    }
}
