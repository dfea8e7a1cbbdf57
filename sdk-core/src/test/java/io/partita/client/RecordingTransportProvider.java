package io.partita.client;

import io.partita.param.ConnectParam;
import io.partita.testing.FakeTransport;
import io.partita.transport.Transport;
import io.partita.transport.TransportProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A ServiceLoader-registered provider for the grpc schemes that records what it created (tests only). */
public final class RecordingTransportProvider implements TransportProvider {
    private static final List<FakeTransport> CREATED = new ArrayList<>();

    static synchronized void reset() {
        CREATED.clear();
    }

    static synchronized List<FakeTransport> created() {
        return new ArrayList<>(CREATED);
    }

    @Override
    public Set<String> schemes() {
        return Set.of("grpc", "grpcs");
    }

    @Override
    public Transport create(ConnectParam connectParam) {
        FakeTransport transport = new FakeTransport();
        synchronized (RecordingTransportProvider.class) {
            CREATED.add(transport);
        }
        return transport;
    }
}
