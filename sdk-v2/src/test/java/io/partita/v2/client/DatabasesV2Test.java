package io.partita.v2.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.client.MilvusServiceClient;
import io.partita.model.DescribeDatabaseResponse;
import io.partita.model.KeyValuePair;
import io.partita.param.ConnectParam;
import io.partita.param.R;
import io.partita.param.RpcStatus;
import io.partita.param.collection.AlterDatabaseParam;
import io.partita.param.collection.CreateDatabaseParam;
import io.partita.param.collection.DescribeDatabaseParam;
import io.partita.param.collection.DropDatabaseParam;
import io.partita.server.model.Profile;
import io.partita.v2.exception.ErrorCode;
import io.partita.v2.exception.MilvusClientException;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import io.partita.v2.service.collection.request.DropCollectionReq;
import io.partita.v2.service.database.request.AlterDatabasePropertiesReq;
import io.partita.v2.service.database.request.CreateDatabaseReq;
import io.partita.v2.service.database.request.DescribeDatabaseReq;
import io.partita.v2.service.database.request.DropDatabasePropertiesReq;
import io.partita.v2.service.database.request.DropDatabaseReq;
import io.partita.v2.service.database.response.DescribeDatabaseResp;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The database calls through both APIs over gRPC against the real reference server (profile
 * milvus-2.6): V2's create/list/describe/alter/drop-properties/use/drop, and V1's
 * {@code MilvusServiceClient} calls over the same sdk-core operations, with the server's refusals.
 */
class DatabasesV2Test {

    @Test
    void v2DatabaseCallsRoundTrip() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6)) {
            MilvusClientV2 client = new MilvusClientV2(
                    ConnectConfig.builder().uri(servers.grpcUri()).build());
            try {
                client.createDatabase(CreateDatabaseReq.builder()
                        .databaseName("books")
                        .properties(Map.of("database.max.collections", "10"))
                        .build());
                assertThat(client.listDatabases().getDatabaseNames()).contains("default", "books");

                DescribeDatabaseResp d = client.describeDatabase(
                        DescribeDatabaseReq.builder().databaseName("books").build());
                assertThat(d.getDatabaseName()).isEqualTo("books");
                assertThat(d.getProperties()).containsEntry("database.max.collections", "10");

                client.alterDatabaseProperties(AlterDatabasePropertiesReq.builder()
                        .databaseName("books")
                        .property("database.force.deny.writing", "true")
                        .build());
                client.dropDatabaseProperties(DropDatabasePropertiesReq.builder()
                        .databaseName("books")
                        .propertyKeys(List.of("database.max.collections"))
                        .build());
                Map<String, String> props = client.describeDatabase(DescribeDatabaseReq.builder()
                                .databaseName("books")
                                .build())
                        .getProperties();
                assertThat(props)
                        .containsEntry("database.force.deny.writing", "true")
                        .doesNotContainKey("database.max.collections");
                client.alterDatabaseProperties(AlterDatabasePropertiesReq.builder()
                        .databaseName("books")
                        .properties(Map.of("database.force.deny.writing", "false"))
                        .build());

                client.useDatabase("books");
                assertThat(client.currentUsedDatabase()).isEqualTo("books");
                client.createCollection(CreateCollectionReq.builder()
                        .collectionName("novel")
                        .dimension(4)
                        .build());
                assertThat(client.listCollections().getCollectionNames()).containsExactly("novel");
                client.useDatabase("default");
                assertThat(client.listCollections().getCollectionNames()).doesNotContain("novel");

                // a database holding a collection cannot be dropped (the server's refusal, typed)
                assertThatThrownBy(() -> client.dropDatabase(
                                DropDatabaseReq.builder().databaseName("books").build()))
                        .isInstanceOf(MilvusClientException.class)
                        .extracting(e -> ((MilvusClientException) e).getErrorCode())
                        .isEqualTo(ErrorCode.SERVER_ERROR);
                client.useDatabase("books");
                client.dropCollection(
                        DropCollectionReq.builder().collectionName("novel").build());
                client.useDatabase("default");
                client.dropDatabase(
                        DropDatabaseReq.builder().databaseName("books").build());
                assertThat(client.listDatabases().getDatabaseNames()).doesNotContain("books");

                assertThatThrownBy(() -> DescribeDatabaseReq.builder().build())
                        .isInstanceOf(MilvusClientException.class)
                        .hasMessageContaining("databaseName");
                assertThatThrownBy(() -> client.describeDatabase(DescribeDatabaseReq.builder()
                                .databaseName("nowhere")
                                .build()))
                        .isInstanceOf(MilvusClientException.class)
                        .hasMessageContaining("nowhere");
            } finally {
                client.close();
            }
        }
    }

    @Test
    void v1DatabaseCallsShareTheOperations() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6)) {
            MilvusServiceClient v1 = new MilvusServiceClient(
                    ConnectParam.newBuilder().withUri(servers.grpcUri()).build());
            try {
                R<RpcStatus> created = v1.createDatabase(CreateDatabaseParam.newBuilder()
                        .withDatabaseName("v1db")
                        .withReplicaNumber(1)
                        .withProperty("database.max.collections", "3")
                        .build());
                assertThat(created.getStatus()).isEqualTo(R.Status.Success.getCode());
                assertThat(v1.listDatabases().getData().getDbNamesList()).contains("v1db");
                assertThat(v1.listDatabases().getData().getDbIdsList()).hasSize(2);

                assertThat(v1.alterDatabase(AlterDatabaseParam.newBuilder()
                                        .withDatabaseName("v1db")
                                        .withProperty("database.max.collections", "5")
                                        .build())
                                .getStatus())
                        .isEqualTo(R.Status.Success.getCode());
                DescribeDatabaseResponse d = v1.describeDatabase(DescribeDatabaseParam.newBuilder()
                                .withDatabaseName("v1db")
                                .build())
                        .getData();
                assertThat(d.getDbName()).isEqualTo("v1db");
                assertThat(d.getDbID()).isPositive();
                assertThat(d.getPropertiesList().stream()
                                .collect(Collectors.toMap(KeyValuePair::getKey, KeyValuePair::getValue)))
                        .containsEntry("database.max.collections", "5")
                        .containsEntry("database.replica.number", "1");

                assertThat(v1.dropDatabase(DropDatabaseParam.newBuilder()
                                        .withDatabaseName("v1db")
                                        .build())
                                .getStatus())
                        .isEqualTo(R.Status.Success.getCode());
                assertThat(v1.listDatabases().getData().getDbNamesList()).doesNotContain("v1db");

                // a param without a name fails before sending, naming the field
                R<RpcStatus> bad = v1.dropDatabase(null);
                assertThat(bad.getException()).hasMessageContaining("DropDatabase");
                assertThatThrownBy(() -> DropDatabaseParam.newBuilder().build()).hasMessageContaining("databaseName");
            } finally {
                v1.close();
            }
        }
    }

    @Test
    void restfulV2ListsAndDescribesDatabasesAndRefusesTheOthers() throws Exception {
        try (Servers servers = Servers.start(Profile.MILVUS_2_6)) {
            MilvusClientV2 grpc = new MilvusClientV2(
                    ConnectConfig.builder().uri(servers.grpcUri()).build());
            MilvusClientV2 rest = new MilvusClientV2(ConnectConfig.builder()
                    .uri(servers.httpUri() + "/v2/vectordb")
                    .build());
            try {
                grpc.createDatabase(CreateDatabaseReq.builder()
                        .databaseName("web")
                        .properties(Map.of("database.max.collections", "7"))
                        .build());
                assertThat(rest.listDatabases().getDatabaseNames()).contains("default", "web");
                DescribeDatabaseResp d = rest.describeDatabase(
                        DescribeDatabaseReq.builder().databaseName("web").build());
                assertThat(d.getDatabaseName()).isEqualTo("web");
                assertThat(d.getProperties()).containsEntry("database.max.collections", "7");

                // the reference server's RESTful v2 has no databases/create route: UNIMPLEMENTED, typed
                assertThatThrownBy(() -> rest.createDatabase(
                                CreateDatabaseReq.builder().databaseName("web2").build()))
                        .isInstanceOf(MilvusClientException.class)
                        .hasMessageContaining("UNIMPLEMENTED")
                        .extracting(e -> ((MilvusClientException) e).getErrorCode())
                        .isEqualTo(ErrorCode.RPC_ERROR);
            } finally {
                rest.close();
                grpc.close();
            }
        }
    }
}
