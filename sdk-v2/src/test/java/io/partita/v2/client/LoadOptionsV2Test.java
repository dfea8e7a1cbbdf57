package io.partita.v2.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.common.resourcegroup.ResourceGroupConfig;
import io.partita.common.resourcegroup.ResourceGroupLimit;
import io.partita.common.resourcegroup.ResourceGroupTransfer;
import io.partita.server.model.Profile;
import io.partita.v2.common.IndexParam;
import io.partita.v2.exception.MilvusClientException;
import io.partita.v2.service.collection.request.LoadCollectionReq;
import io.partita.v2.service.collection.request.ReleaseCollectionReq;
import io.partita.v2.service.partition.request.LoadPartitionsReq;
import io.partita.v2.service.resourcegroup.request.CreateResourceGroupReq;
import io.partita.v2.service.resourcegroup.request.DescribeResourceGroupReq;
import io.partita.v2.service.vector.request.QueryReq;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code LoadCollectionReq} / {@code LoadPartitionsReq}'s {@code loadFields},
 * {@code skipLoadDynamicField} and {@code resourceGroups} reach the reference server (milvus-2.6,
 * two query nodes) over gRPC and RESTful v2: a partial load answers only its fields, a second load
 * with another field list is refused with Milvus's text, and the replicas go to the named group.
 */
class LoadOptionsV2Test {
    private static final String C = "load_options_v2";
    private static final String DEFAULT = "__default_resource_group";

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"grpc", "restful-v2"})
    void loadsSendTheirFieldsAndGroups(String transport) throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6, 2)) {
            MilvusClientV2 client = new MilvusClientV2(ConnectConfig.builder()
                    .uri(transport.equals("grpc") ? servers.grpcUri() : servers.httpUri() + "/v2/vectordb")
                    .build());
            try {
                create(client);
                client.releaseCollection(
                        ReleaseCollectionReq.builder().collectionName(C).build());

                client.loadCollection(LoadCollectionReq.builder()
                        .collectionName(C)
                        .loadFields(List.of("id", "vec", "score"))
                        .skipLoadDynamicField(true)
                        .build());
                assertThat(client.query(QueryReq.builder()
                                        .collectionName(C)
                                        .filter("score >= 0")
                                        .outputFields(List.of("score"))
                                        .build())
                                .getQueryResults())
                        .isEmpty();
                assertThatThrownBy(() -> client.query(QueryReq.builder()
                                .collectionName(C)
                                .filter("id >= 0")
                                .outputFields(List.of("tag"))
                                .build()))
                        .isInstanceOfSatisfying(MilvusClientException.class, e -> {
                            assertThat(e.getServerErrCode()).isEqualTo(1100);
                            assertThat(e.getMessage()).contains("field tag is not loaded");
                        });
                // another field list for the loaded collection (Milvus 2.6's text)
                assertThatThrownBy(() -> client.loadCollection(LoadCollectionReq.builder()
                                .collectionName(C)
                                .loadFields(List.of("id", "vec", "score", "tag"))
                                .build()))
                        .isInstanceOfSatisfying(
                                MilvusClientException.class,
                                e -> assertThat(e.getMessage())
                                        .contains("can't change the load field list for loaded collection"));
                client.releaseCollection(
                        ReleaseCollectionReq.builder().collectionName(C).build());

                // the replicas go to the named group
                client.createResourceGroup(CreateResourceGroupReq.builder()
                        .groupName("rg1")
                        .config(ResourceGroupConfig.newBuilder()
                                .withRequests(new ResourceGroupLimit(1))
                                .withLimits(new ResourceGroupLimit(1))
                                .withFrom(List.of(new ResourceGroupTransfer(DEFAULT)))
                                .build())
                        .build());
                client.loadPartitions(LoadPartitionsReq.builder()
                        .collectionName(C)
                        .partitionNames(List.of("_default"))
                        .resourceGroups(List.of("rg1"))
                        .build());
                assertThat(client.describeResourceGroup(DescribeResourceGroupReq.builder()
                                        .groupName("rg1")
                                        .build())
                                .getNumberOfLoadedReplica())
                        .containsEntry(C, 1);
                client.releaseCollection(
                        ReleaseCollectionReq.builder().collectionName(C).build());
                // a group that does not exist (Milvus 2.6: 300)
                assertThatThrownBy(() -> client.loadCollection(LoadCollectionReq.builder()
                                .collectionName(C)
                                .resourceGroups(List.of("nowhere"))
                                .build()))
                        .isInstanceOfSatisfying(MilvusClientException.class, e -> {
                            assertThat(e.getServerErrCode()).isEqualTo(300);
                            assertThat(e.getMessage()).contains("resource group not found[rg=nowhere]");
                        });
            } finally {
                client.close();
            }
        }
    }

    private static void create(MilvusClientV2 client) {
        SmallCollections.create(client, C, "score", "tag", IndexParam.MetricType.L2, true);
    }
}
