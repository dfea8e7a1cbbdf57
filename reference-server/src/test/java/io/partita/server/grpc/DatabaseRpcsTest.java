package io.partita.server.grpc;

import static io.partita.server.grpc.LiveServer.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import io.partita.server.model.QueryNodeMetrics;
import io.partita.wire.AlterDatabaseRequest;
import io.partita.wire.CreateCollectionRequest;
import io.partita.wire.CreateDatabaseRequest;
import io.partita.wire.DescribeCollectionRequest;
import io.partita.wire.DescribeDatabaseRequest;
import io.partita.wire.DropCollectionRequest;
import io.partita.wire.DropDatabaseRequest;
import io.partita.wire.HasCollectionRequest;
import io.partita.wire.InsertRequest;
import io.partita.wire.KeyValuePair;
import io.partita.wire.ListDatabasesRequest;
import io.partita.wire.LoadCollectionRequest;
import io.partita.wire.ShowCollectionsRequest;
import io.partita.wire.Status;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Databases through the gRPC port (profile milvus-2.6): create, list, describe, alter, drop with
 * Milvus's refusals; collections per database, named by {@code db_name} or the {@code dbname}
 * header, invisible from another database; the databases survive a restart; a load in any
 * database is charged to the same query nodes.
 */
class DatabaseRpcsTest {
    private static final String C = "shelf";

    @TempDir
    Path dir;

    private LiveServer start() throws Exception {
        return new LiveServer(ReferenceServer.builder().dataDir(dir).profile(Profile.MILVUS_2_6));
    }

    private static Status createDb(LiveServer s, String name) {
        return s.stub()
                .createDatabase(
                        CreateDatabaseRequest.newBuilder().setDbName(name).build());
    }

    private static boolean has(LiveServer s, String db) {
        var r = s.stub()
                .hasCollection(HasCollectionRequest.newBuilder()
                        .setDbName(db)
                        .setCollectionName(C)
                        .build());
        assertOk(r.getStatus());
        return r.getValue();
    }

    @Test
    void collectionsLiveInTheirDatabaseAndAreInvisibleFromAnother() throws Exception {
        try (LiveServer s = start()) {
            assertThat(s.stub()
                            .listDatabases(ListDatabasesRequest.getDefaultInstance())
                            .getDbNamesList())
                    .containsExactly("default");
            assertOk(createDb(s, "db1"));
            Status again = createDb(s, "db1");
            assertThat(again.getReason()).isEqualTo("database already exist: db1");
            assertThat(s.stub()
                            .listDatabases(ListDatabasesRequest.getDefaultInstance())
                            .getDbNamesList())
                    .containsExactly("default", "db1");

            assertOk(s.stub()
                    .createCollection(CreateCollectionRequest.newBuilder()
                            .setDbName("db1")
                            .setCollectionName(C)
                            .setSchema(WireRequests.schema(C, LiveServer.DIM).toByteString())
                            .build()));
            assertThat(has(s, "db1")).isTrue();
            assertThat(has(s, "")).isFalse();
            assertThat(s.stub()
                            .showCollections(ShowCollectionsRequest.getDefaultInstance())
                            .getCollectionNamesList())
                    .doesNotContain(C);
            Status fromDefault = s.stub()
                    .describeCollection(DescribeCollectionRequest.newBuilder()
                            .setCollectionName(C)
                            .build())
                    .getStatus();
            assertThat(fromDefault.getCode()).isEqualTo(100);

            Metadata header = new Metadata();
            header.put(Metadata.Key.of("dbname", Metadata.ASCII_STRING_MARSHALLER), "db1");
            var inDb1 = s.stub().withInterceptors(MetadataUtils.newAttachHeadersInterceptor(header));
            assertThat(inDb1.describeCollection(DescribeCollectionRequest.newBuilder()
                                    .setCollectionName(C)
                                    .build())
                            .getDbName())
                    .isEqualTo("db1");
            assertOk(inDb1.insert(InsertRequest.newBuilder()
                            .setCollectionName(C)
                            .addFieldsData(WireRequests.ids(1, 2))
                            .addFieldsData(WireRequests.vectors(
                                    LiveServer.DIM, new float[] {1, 0, 0, 0}, new float[] {2, 0, 0, 0}))
                            .setNumRows(2)
                            .build())
                    .getStatus());
            assertOk(inDb1.loadCollection(
                    LoadCollectionRequest.newBuilder().setCollectionName(C).build()));
            long charged = 0;
            for (QueryNodeMetrics m : s.server.engine().queryNodes()) {
                charged += m.usedBytes();
            }
            assertThat(charged)
                    .as("a load in db1 is charged to the shared query nodes")
                    .isPositive();

            Status notEmpty = s.stub()
                    .dropDatabase(
                            DropDatabaseRequest.newBuilder().setDbName("db1").build());
            assertThat(notEmpty.getReason())
                    .isEqualTo("database:db1 not empty, must drop all collections before drop database");
            assertOk(inDb1.dropCollection(
                    DropCollectionRequest.newBuilder().setCollectionName(C).build()));
            assertOk(s.stub()
                    .dropDatabase(
                            DropDatabaseRequest.newBuilder().setDbName("db1").build()));
            assertThat(s.stub()
                            .listDatabases(ListDatabasesRequest.getDefaultInstance())
                            .getDbNamesList())
                    .containsExactly("default");
            Status gone = s.stub()
                    .hasCollection(HasCollectionRequest.newBuilder()
                            .setDbName("db1")
                            .setCollectionName(C)
                            .build())
                    .getStatus();
            assertThat(gone.getCode()).isEqualTo(800);
            assertThat(gone.getReason()).isEqualTo("database not found[database=db1]");
        }
    }

    @Test
    void refusalsUseMilvussTextsAndDatabasesSurviveARestart() throws Exception {
        try (LiveServer s = start()) {
            assertThat(s.stub()
                            .dropDatabase(DropDatabaseRequest.newBuilder()
                                    .setDbName("default")
                                    .build())
                            .getReason())
                    .isEqualTo("can not drop default database");
            Status badName = createDb(s, "1db");
            assertThat(badName.getCode()).isEqualTo(802);
            assertThat(badName.getReason())
                    .isEqualTo("the first character of a database name must be an underscore or letter:"
                            + " invalid database name[database=1db]");
            assertOk(s.stub()
                    .dropDatabase(
                            DropDatabaseRequest.newBuilder().setDbName("never").build()));
            var missing = s.stub()
                    .describeDatabase(DescribeDatabaseRequest.newBuilder()
                            .setDbName("never")
                            .build());
            assertThat(missing.getStatus().getCode()).isEqualTo(800);

            assertOk(createDb(s, "kept"));
            assertOk(s.stub()
                    .alterDatabase(AlterDatabaseRequest.newBuilder()
                            .setDbName("kept")
                            .addProperties(KeyValuePair.newBuilder()
                                    .setKey("database.replica.number")
                                    .setValue("1"))
                            .build()));
            assertOk(s.stub()
                    .createCollection(CreateCollectionRequest.newBuilder()
                            .setDbName("kept")
                            .setCollectionName(C)
                            .setSchema(WireRequests.schema(C, LiveServer.DIM).toByteString())
                            .build()));
        }
        try (LiveServer s = start()) {
            var kept = s.stub()
                    .describeDatabase(DescribeDatabaseRequest.newBuilder()
                            .setDbName("kept")
                            .build());
            assertOk(kept.getStatus());
            assertThat(kept.getPropertiesList())
                    .containsExactly(KeyValuePair.newBuilder()
                            .setKey("database.replica.number")
                            .setValue("1")
                            .build());
            assertThat(has(s, "kept")).isTrue();
            assertThat(has(s, "default")).isFalse();
        }
    }
}
