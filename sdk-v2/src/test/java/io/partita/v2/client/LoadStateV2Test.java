package io.partita.v2.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.model.LoadState;
import io.partita.server.model.Profile;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import io.partita.v2.service.collection.request.GetLoadStateReq;
import io.partita.v2.service.collection.request.LoadCollectionReq;
import io.partita.v2.service.collection.request.ReleaseCollectionReq;
import io.partita.v2.service.collection.response.GetLoadStateResp;
import org.junit.jupiter.api.Test;

/**
 * {@code getLoadStateV2} against the real reference server, over gRPC and REST: the state follows
 * load and release, named as the official enum's constants, with no progress once loaded.
 */
class LoadStateV2Test {
    @Test
    void theLoadStateFollowsLoadAndReleaseOverBothTransports() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6)) {
            for (String uri : new String[] {servers.grpcUri(), servers.httpUri() + "/v2/vectordb"}) {
                String c = uri.startsWith("grpc") ? "over_grpc" : "over_rest";
                MilvusClientV2 client =
                        new MilvusClientV2(ConnectConfig.builder().uri(uri).build());
                try {
                    client.createCollection(CreateCollectionReq.builder()
                            .collectionName(c)
                            .dimension(4)
                            .build());
                    GetLoadStateReq req =
                            GetLoadStateReq.builder().collectionName(c).build();
                    client.loadCollection(
                            LoadCollectionReq.builder().collectionName(c).build());
                    GetLoadStateResp loaded = client.getLoadStateV2(req);
                    assertThat(loaded.getState()).as(uri).isEqualTo(LoadState.LoadStateLoaded);
                    assertThat(loaded.getStateName()).isEqualTo("LoadStateLoaded");
                    assertThat(loaded.getProgress()).isNull();

                    client.releaseCollection(
                            ReleaseCollectionReq.builder().collectionName(c).build());
                    assertThat(client.getLoadStateV2(req).getState()).as(uri).isEqualTo(LoadState.LoadStateNotLoad);
                    assertThat(client.getLoadState(req)).isFalse();

                } finally {
                    client.close();
                }
            }
        }
    }
}
