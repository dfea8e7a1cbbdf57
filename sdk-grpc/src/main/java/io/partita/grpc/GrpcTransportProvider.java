package io.partita.grpc;

import io.partita.param.ConnectParam;
import io.partita.transport.Transport;
import io.partita.transport.TransportException;
import io.partita.transport.TransportProvider;
import java.util.Set;

/**
 * Registers {@link GrpcTransport} for the {@code grpc} and {@code grpcs} URI schemes, found by
 * {@link java.util.ServiceLoader}. The transports it creates connect on their first call. Thread-safe.
 */
public final class GrpcTransportProvider implements TransportProvider {
    private static final Set<String> SCHEMES = Set.of("grpc", "grpcs");

    /** Needed by {@link java.util.ServiceLoader}. */
    public GrpcTransportProvider() {}

    @Override
    public Set<String> schemes() {
        return SCHEMES;
    }

    @Override
    public Transport create(ConnectParam connectParam) throws TransportException {
        return GrpcTransport.create(connectParam);
    }
}
