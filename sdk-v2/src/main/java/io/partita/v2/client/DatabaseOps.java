package io.partita.v2.client;

import io.partita.model.DescribeDatabaseResponse;
import io.partita.model.KeyValuePair;
import io.partita.param.collection.AlterDatabaseParam;
import io.partita.param.collection.CreateDatabaseParam;
import io.partita.param.collection.DescribeDatabaseParam;
import io.partita.param.collection.DropDatabaseParam;
import io.partita.v2.service.database.request.CreateDatabaseReq;
import io.partita.v2.service.database.request.DescribeDatabaseReq;
import io.partita.v2.service.database.request.DropDatabasePropertiesReq;
import io.partita.v2.service.database.request.DropDatabaseReq;
import io.partita.v2.service.database.response.DescribeDatabaseResp;
import io.partita.v2.service.database.response.ListDatabasesResp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Database calls of {@link MilvusClientV2}, over sdk-core's database operations (the same ones
 * {@code MilvusServiceClient.createDatabase} and the others send). They name their database
 * themselves, so they are not bound to the client's (no {@code Session.checkDatabase}).
 */
final class DatabaseOps {
    private DatabaseOps() {}

    static void create(Session s, CreateDatabaseReq r) {
        Failures.orThrow(s.v1.createDatabase(Failures.params(() -> {
            CreateDatabaseParam.Builder b = CreateDatabaseParam.newBuilder().withDatabaseName(r.getDatabaseName());
            r.getProperties().forEach(b::withProperty);
            return b.build();
        })));
    }

    static void drop(Session s, DropDatabaseReq r) {
        Failures.orThrow(s.v1.dropDatabase(Failures.params(() -> DropDatabaseParam.newBuilder()
                .withDatabaseName(r.getDatabaseName())
                .build())));
    }

    static ListDatabasesResp list(Session s) {
        return ListDatabasesResp.builder()
                .databaseNames(Failures.orThrow(s.v1.listDatabases()).getDbNamesList())
                .build();
    }

    static DescribeDatabaseResp describe(Session s, DescribeDatabaseReq r) {
        DescribeDatabaseResponse d =
                Failures.orThrow(s.v1.describeDatabase(Failures.params(() -> DescribeDatabaseParam.newBuilder()
                        .withDatabaseName(r.getDatabaseName())
                        .build())));
        Map<String, String> properties = new LinkedHashMap<>();
        for (KeyValuePair p : d.getPropertiesList()) {
            properties.put(p.getKey(), p.getValue());
        }
        return DescribeDatabaseResp.builder()
                .databaseName(d.getDbName().isEmpty() ? r.getDatabaseName() : d.getDbName())
                .properties(properties)
                .build();
    }

    /** AlterDatabase setting {@code properties} (alterDatabase and alterDatabaseProperties). */
    static void alter(Session s, String databaseName, Map<String, String> properties) {
        Failures.orThrow(s.v1.alterDatabase(Failures.params(() -> {
            AlterDatabaseParam.Builder b = AlterDatabaseParam.newBuilder().withDatabaseName(databaseName);
            properties.forEach(b::withProperty);
            return b.build();
        })));
    }

    /** AlterDatabase removing keys (dropDatabaseProperties; delete_keys, Milvus 2.5+). */
    static void dropProperties(Session s, DropDatabasePropertiesReq r) {
        List<String> keys = r.getPropertyKeys();
        Failures.orThrow(s.v1.alterDatabase(Failures.params(() -> {
            AlterDatabaseParam.Builder b = AlterDatabaseParam.newBuilder().withDatabaseName(r.getDatabaseName());
            keys.forEach(b::withDeleteKey);
            return b.build();
        })));
    }
}
