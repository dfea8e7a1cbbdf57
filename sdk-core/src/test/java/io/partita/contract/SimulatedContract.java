package io.partita.contract;

import io.partita.client.MilvusClient;
import io.partita.client.MilvusServiceClient;
import io.partita.param.ConnectParam;
import io.partita.testing.FakeTransport;
import io.partita.transport.Operations;
import io.partita.transport.TransportFailure;
import java.util.Set;

/** What {@link SimulatedMilvus} leaves unmodelled; the contract then expects UNIMPLEMENTED. */
final class SimulatedContract {
    static final Set<String> UNSUPPORTED = Set.of(
            "CalcDistance",
            "LoadBalance",
            "ManualCompaction",
            "GetCompactionState",
            "GetCompactionStateWithPlans",
            "GetPersistentSegmentInfo",
            "GetFlushState",
            "CreateCredential",
            "UpdateCredential",
            "DeleteCredential",
            "ListCredUsers");

    private SimulatedContract() {}

    /** A client whose transport never reaches a server, as a real one behind a closed port. */
    static MilvusClient unreachableClient() {
        return new MilvusServiceClient(ConnectParam.newBuilder()
                .withTransport(new FakeTransport()
                        .fail(
                                Operations.HAS_COLLECTION,
                                TransportFailure.UNAVAILABLE,
                                "connection refused: 127.0.0.1:1"))
                .build());
    }
}
