package io.partita.transport;

import io.partita.param.ConnectParam;
import java.util.Set;

/**
 * Creates transports for URI schemes. Transport modules register an implementation in
 * {@code META-INF/services/io.partita.transport.TransportProvider}; the client finds it with
 * {@link java.util.ServiceLoader} by the scheme of {@link ConnectParam#getUri()}
 * ({@code grpc}, {@code grpcs}, {@code http}, {@code https}). An explicit transport in
 * {@code ConnectParam.withTransport} always wins over discovery.
 *
 * <p>Implementations need a public no-argument constructor and must be thread-safe.
 */
public interface TransportProvider {

    /** @return the URI schemes this provider serves, lower case, e.g. {@code ["grpc", "grpcs"]} */
    Set<String> schemes();

    /**
     * Creates a transport for one client. The caller (the client) owns and closes it.
     *
     * @param connectParam the validated connection settings
     * @return a new transport; it may connect lazily
     * @throws TransportException when the settings cannot be honoured (e.g. an unreadable CA file)
     */
    Transport create(ConnectParam connectParam) throws TransportException;
}
