package io.partita.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import io.partita.client.MilvusServiceClient;
import io.partita.param.ConnectParam;
import io.partita.param.R;
import io.partita.param.collection.HasCollectionParam;
import org.junit.jupiter.api.Test;

@PartitaServer(auth = true)
class AuthEnabledServerTest {

    @Test
    void theInjectedClientSignsInAsRoot(MilvusClient client) {
        assertThat(client.hasCollection(HasCollectionParam.newBuilder()
                                .withCollectionName("book")
                                .build())
                        .orThrow())
                .isFalse();
    }

    @Test
    void aClientWithoutCredentialsIsRefused(PartitaEndpoints endpoints) {
        try (MilvusClient anonymous = new MilvusServiceClient(ConnectParam.newBuilder()
                .withUri(endpoints.grpcUri().toString())
                .build())) {
            R<Boolean> r = anonymous.hasCollection(
                    HasCollectionParam.newBuilder().withCollectionName("book").build());

            assertThat(r.getStatus()).isEqualTo(R.Status.Unauthenticated.getCode());
        }
    }
}
