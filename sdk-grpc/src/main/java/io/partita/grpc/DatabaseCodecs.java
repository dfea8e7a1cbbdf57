package io.partita.grpc;

import io.partita.model.DescribeDatabaseResponse;
import io.partita.model.ListDatabasesResponse;
import io.partita.transport.Operations;
import io.partita.wire.AlterDatabaseRequest;
import io.partita.wire.CreateDatabaseRequest;
import io.partita.wire.DescribeDatabaseRequest;
import io.partita.wire.DropDatabaseRequest;
import io.partita.wire.ListDatabasesRequest;

/**
 * Codecs of the database RPCs: create, drop, list, describe, alter. The database they name is the
 * param's, not the connection's (the third argument, unused here).
 */
final class DatabaseCodecs {
    private DatabaseCodecs() {}

    static void register(CodecTable t) {
        t.put(
                Operations.CREATE_DATABASE,
                (stub, p, db) -> WireValues.status(stub.createDatabase(CreateDatabaseRequest.newBuilder()
                        .setDbName(p.getDatabaseName())
                        .addAllProperties(WireValues.toWirePairs(p.getProperties()))
                        .build())));
        t.put(
                Operations.DROP_DATABASE,
                (stub, p, db) -> WireValues.status(stub.dropDatabase(DropDatabaseRequest.newBuilder()
                        .setDbName(p.getDatabaseName())
                        .build())));
        t.put(
                Operations.ALTER_DATABASE,
                (stub, p, db) -> WireValues.status(stub.alterDatabase(AlterDatabaseRequest.newBuilder()
                        .setDbName(p.getDatabaseName())
                        .addAllProperties(WireValues.toWirePairs(p.getProperties()))
                        .addAllDeleteKeys(p.getDeleteKeys())
                        .build())));
        t.put(Operations.LIST_DATABASES, (stub, p, db) -> {
            io.partita.wire.ListDatabasesResponse r = stub.listDatabases(ListDatabasesRequest.getDefaultInstance());
            return ListDatabasesResponse.newBuilder()
                    .setStatus(WireValues.status(r.getStatus()))
                    .addAllDbNames(r.getDbNamesList())
                    .addAllCreatedTimestamp(r.getCreatedTimestampList())
                    .addAllDbIds(r.getDbIdsList())
                    .build();
        });
        t.put(Operations.DESCRIBE_DATABASE, (stub, p, db) -> {
            io.partita.wire.DescribeDatabaseResponse r = stub.describeDatabase(DescribeDatabaseRequest.newBuilder()
                    .setDbName(p.getDatabaseName())
                    .build());
            DescribeDatabaseResponse.Builder b = DescribeDatabaseResponse.newBuilder()
                    .setStatus(WireValues.status(r.getStatus()))
                    .setDbName(r.getDbName())
                    .setDbID(r.getDbID())
                    .setCreatedTimestamp(r.getCreatedTimestamp());
            WireValues.pairs(r.getPropertiesList()).forEach(b::addProperties);
            return b.build();
        });
    }
}
