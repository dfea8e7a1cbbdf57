package io.partita.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import io.partita.client.MilvusServiceClient;
import io.partita.param.ConnectParam;
import io.partita.param.R;
import io.partita.param.collection.HasCollectionParam;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@link PartitaServer#tlsMode()}: the harness's certificates, the injected client and one built by hand. */
class TlsServerTest {
    private static final HasCollectionParam HAS_BOOK =
            HasCollectionParam.newBuilder().withCollectionName("book").build();

    @Nested
    @PartitaServer(tlsMode = 1)
    class OneWay {
        @Test
        void theInjectedClientSpeaksTlsAndTheEndpointsSayGrpcs(MilvusClient client, PartitaEndpoints endpoints) {
            assertThat(client.hasCollection(HAS_BOOK).orThrow()).isFalse();
            assertThat(endpoints.grpcUri().getScheme()).isEqualTo("grpcs");
            assertThat(endpoints.tls())
                    .hasValueSatisfying(t -> assertThat(t.clientCertPem()).isNull());
        }
    }

    @Nested
    @PartitaServer(tlsMode = 2)
    class Mutual {
        @Test
        void theInjectedClientShowsItsCertificate(MilvusClient client) {
            assertThat(client.hasCollection(HAS_BOOK).orThrow()).isFalse();
        }

        @Test
        void aClientBuiltFromTheEndpointsWorksAndOneWithoutTheClientCertificateIsRefused(PartitaEndpoints endpoints) {
            PartitaEndpoints.Tls tls = endpoints.tls().orElseThrow();
            try (MilvusClient mine = new MilvusServiceClient(tls.applyTo(ConnectParam.newBuilder()
                            .withUri(endpoints.grpcUri().toString()))
                    .build())) {
                assertThat(mine.hasCollection(HAS_BOOK).getStatus()).isZero();
            }
            try (MilvusClient noCertificate = new MilvusServiceClient(ConnectParam.newBuilder()
                    .withUri(endpoints.grpcUri().toString())
                    .withCaPemPath(tls.serverCertPem().toString())
                    .build())) {
                R<Boolean> r = noCertificate.hasCollection(HAS_BOOK);
                assertThat(r.getStatus())
                        .as("a transport failure (negative), not a server answer: %s", r.getMessage())
                        .isNegative();
            }
        }
    }
}
