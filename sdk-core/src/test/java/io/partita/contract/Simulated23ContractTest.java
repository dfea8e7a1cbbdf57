package io.partita.contract;

import io.partita.client.MilvusClient;
import io.partita.client.MilvusServiceClient;
import io.partita.param.ConnectParam;
import io.partita.testing.TransportContractTest;
import java.util.Set;

/** Runs the transport contract against {@link SimulatedMilvus} in the milvus-2.3 profile. */
class Simulated23ContractTest extends TransportContractTest {
    private final MilvusClient client = new MilvusServiceClient(
            ConnectParam.newBuilder().withTransport(new SimulatedMilvus(false)).build());

    @Override
    protected MilvusClient client() {
        return client;
    }

    @Override
    protected Profile profile() {
        return Profile.MILVUS_2_3;
    }

    @Override
    protected MilvusClient unreachableClient() {
        return SimulatedContract.unreachableClient();
    }

    @Override
    protected Set<String> unsupportedOperations() {
        return SimulatedContract.UNSUPPORTED;
    }
}
