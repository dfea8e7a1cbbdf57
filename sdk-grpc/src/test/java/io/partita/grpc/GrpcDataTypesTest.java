package io.partita.grpc;

import io.partita.client.MilvusClient;
import io.partita.client.MilvusServiceClient;
import io.partita.param.ConnectParam;
import io.partita.server.model.Profile;
import io.partita.testing.DataTypesContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** Today's data model (JSON, Array, nullable, dynamic) through {@link GrpcTransport} against a milvus-2.6 server. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GrpcDataTypesTest extends DataTypesContract {
    private RunningServer server;
    private MilvusServiceClient client;

    @BeforeAll
    void startServer() throws Exception {
        server = RunningServer.start(Profile.MILVUS_2_6, false);
        client = new MilvusServiceClient(
                ConnectParam.newBuilder().withUri(server.grpcUri()).build());
    }

    @AfterAll
    void stopServer() {
        client.close();
        server.close();
    }

    @Override
    protected MilvusClient client() {
        return client;
    }
}
