package io.partita.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.client.MilvusServiceClient;
import io.partita.param.ConnectParam;
import io.partita.param.collection.ShowCollectionsParam;
import io.partita.server.model.Profile;
import org.junit.jupiter.api.Test;

class PartitaMilvusContainerTest {

    @Test
    void aClientConnectsAndTheEndpointIsShapedAsMilvusContainers() {
        try (PartitaMilvusContainer milvus = new PartitaMilvusContainer("milvusdb/milvus:v2.3.5").withHttp()) {
            milvus.start();
            MilvusServiceClient client = new MilvusServiceClient(ConnectParam.newBuilder()
                    .withUri(milvus.getGrpcUri().toString())
                    .build());
            try {
                Books.create(client, "book");

                assertThat(client.showCollections(
                                        ShowCollectionsParam.newBuilder().build())
                                .orThrow()
                                .getCollectionNamesList())
                        .containsExactly("book");
            } finally {
                client.close();
            }
            assertThat(milvus.isRunning()).isTrue();
            assertThat(milvus.getReferenceServer().profile()).isEqualTo(Profile.MILVUS_2_3);
            assertThat(milvus.getEndpoint())
                    .isEqualTo("http://127.0.0.1:" + milvus.getMappedPort(PartitaMilvusContainer.GRPC_PORT));
            assertThat(milvus.getMappedPort(PartitaMilvusContainer.HTTP_PORT))
                    .isEqualTo(milvus.getEndpoints().httpUri().getPort());
        }
    }

    @Test
    void stopEndsTheServerAndAddressesNeedAStartedContainer() {
        PartitaMilvusContainer milvus = new PartitaMilvusContainer();
        assertThatThrownBy(milvus::getEndpoint).hasMessageContaining("call start() first");

        milvus.start();
        assertThatThrownBy(() -> milvus.getMappedPort(PartitaMilvusContainer.HTTP_PORT))
                .hasMessageContaining("withHttp()");
        milvus.stop();

        assertThat(milvus.isRunning()).isFalse();
    }

    @Test
    void anImageTagPicksTheNewestProfileNotNewerThanIt() {
        assertThatThrownBy(() -> new PartitaMilvusContainer("milvus-9")).hasMessageContaining("milvusdb/milvus:vX.Y.Z");
        try (PartitaMilvusContainer milvus = new PartitaMilvusContainer("milvusdb/milvus:v2.6.1")) {
            milvus.start();
            assertThat(milvus.getReferenceServer().profile()).isEqualTo(Profile.MILVUS_2_6);
        }
    }
}
