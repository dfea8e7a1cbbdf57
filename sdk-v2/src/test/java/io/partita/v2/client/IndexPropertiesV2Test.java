package io.partita.v2.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.client.MilvusServiceClient;
import io.partita.param.ConnectParam;
import io.partita.param.index.AlterIndexParam;
import io.partita.server.model.Profile;
import io.partita.v2.exception.MilvusClientException;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import io.partita.v2.service.collection.request.LoadCollectionReq;
import io.partita.v2.service.collection.request.ReleaseCollectionReq;
import io.partita.v2.service.index.request.AlterIndexPropertiesReq;
import io.partita.v2.service.index.request.AlterIndexReq;
import io.partita.v2.service.index.request.DescribeIndexReq;
import io.partita.v2.service.index.request.DropIndexPropertiesReq;
import io.partita.v2.service.index.request.ListIndexesReq;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Index properties against the reference server (milvus-2.6) over gRPC: alterIndexProperties,
 * the deprecated alterIndex and the V1 alterIndex set them and describeIndex shows them,
 * dropIndexProperties removes them; Milvus's refusals (an unknown key, a loaded collection, an
 * unknown index, a non-boolean mmap.enabled) arrive with its codes and texts.
 */
class IndexPropertiesV2Test {
    private static final String C = "index_props_v2";

    @Test
    void propertiesAreSetShownAndDroppedWithMilvussRefusals() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6)) {
            MilvusClientV2 client = new MilvusClientV2(
                    ConnectConfig.builder().uri(servers.grpcUri()).build());
            try {
                client.createCollection(CreateCollectionReq.builder()
                        .collectionName(C)
                        .dimension(4)
                        .build());
                String index = client.listIndexes(
                                ListIndexesReq.builder().collectionName(C).build())
                        .get(0);

                // loaded (quick setup loads): refused as Milvus's proxy refuses it
                assertThatThrownBy(() -> client.alterIndexProperties(AlterIndexPropertiesReq.builder()
                                .collectionName(C)
                                .indexName(index)
                                .property("mmap.enabled", "true")
                                .build()))
                        .isInstanceOf(MilvusClientException.class)
                        .hasMessageContaining("can't alter index on loaded collection")
                        .extracting(e -> ((MilvusClientException) e).getServerErrCode())
                        .isEqualTo(104);
                client.releaseCollection(
                        ReleaseCollectionReq.builder().collectionName(C).build());

                client.alterIndexProperties(AlterIndexPropertiesReq.builder()
                        .collectionName(C)
                        .indexName(index)
                        .property("mmap.enabled", "true")
                        .build());
                assertThat(extra(client, index)).containsEntry("mmap.enabled", "true");

                client.alterIndex(AlterIndexReq.builder()
                        .collectionName(C)
                        .indexName(index)
                        .properties(Map.of("indexoffsetcache.enabled", "true"))
                        .build());
                assertThat(extra(client, index))
                        .containsEntry("mmap.enabled", "true")
                        .containsEntry("indexoffsetcache.enabled", "true");

                client.dropIndexProperties(DropIndexPropertiesReq.builder()
                        .collectionName(C)
                        .indexName(index)
                        .propertyKeys(List.of("mmap.enabled", "indexoffsetcache.enabled"))
                        .build());
                assertThat(extra(client, index)).doesNotContainKeys("mmap.enabled", "indexoffsetcache.enabled");

                // the V1 API's alterIndex, as the official 2.x client spells it
                MilvusServiceClient v1 = new MilvusServiceClient(
                        ConnectParam.newBuilder().withUri(servers.grpcUri()).build());
                try {
                    v1.alterIndex(AlterIndexParam.newBuilder()
                                    .withCollectionName(C)
                                    .withIndexName(index)
                                    .withMMapEnabled(false)
                                    .build())
                            .orThrow();
                } finally {
                    v1.close();
                }
                assertThat(extra(client, index)).containsEntry("mmap.enabled", "false");

                assertThatThrownBy(() -> client.alterIndexProperties(AlterIndexPropertiesReq.builder()
                                .collectionName(C)
                                .indexName(index)
                                .property("nlist", "8")
                                .build()))
                        .isInstanceOf(MilvusClientException.class)
                        .hasMessageContaining("nlist is not configable index param")
                        .extracting(e -> ((MilvusClientException) e).getServerErrCode())
                        .isEqualTo(1100);
                assertThatThrownBy(() -> client.alterIndexProperties(AlterIndexPropertiesReq.builder()
                                .collectionName(C)
                                .property("mmap.enabled", "true")
                                .build()))
                        .isInstanceOf(MilvusClientException.class)
                        .hasMessageContaining("index name is empty");
                assertThatThrownBy(() -> client.alterIndexProperties(AlterIndexPropertiesReq.builder()
                                .collectionName(C)
                                .indexName("nope")
                                .property("mmap.enabled", "true")
                                .build()))
                        .isInstanceOf(MilvusClientException.class)
                        .hasMessageContaining("index not found[indexName=nope]");
                assertThatThrownBy(() -> client.alterIndexProperties(AlterIndexPropertiesReq.builder()
                                .collectionName(C)
                                .indexName(index)
                                .property("mmap.enabled", "yes")
                                .build()))
                        .isInstanceOf(MilvusClientException.class)
                        .hasMessageContaining("invalid mmap.enabled value");

                // the index still serves once loaded again
                client.loadCollection(
                        LoadCollectionReq.builder().collectionName(C).build());
                assertThat(client.getLoadState(io.partita.v2.service.collection.request.GetLoadStateReq.builder()
                                .collectionName(C)
                                .build()))
                        .isTrue();
            } finally {
                client.close();
            }
        }
    }

    private static Map<String, String> extra(MilvusClientV2 client, String index) {
        return client.describeIndex(DescribeIndexReq.builder()
                        .collectionName(C)
                        .indexName(index)
                        .build())
                .getIndexDescriptions()
                .get(0)
                .getExtraParams();
    }
}
