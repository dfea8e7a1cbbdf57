package io.partita.grpc;

import io.partita.model.DescribeAliasResponse;
import io.partita.model.ListAliasesResponse;
import io.partita.transport.Operations;
import io.partita.wire.AlterAliasRequest;
import io.partita.wire.CreateAliasRequest;
import io.partita.wire.DescribeAliasRequest;
import io.partita.wire.DropAliasRequest;
import io.partita.wire.ListAliasesRequest;

/** Codecs of the alias RPCs: create, drop, alter, describe, list. */
final class AliasCodecs {
    private AliasCodecs() {}

    static void register(CodecTable t) {
        t.put(
                Operations.CREATE_ALIAS,
                (stub, p, db) -> WireValues.status(stub.createAlias(CreateAliasRequest.newBuilder()
                        .setDbName(db)
                        .setCollectionName(p.getCollectionName())
                        .setAlias(p.getAlias())
                        .build())));
        t.put(
                Operations.DROP_ALIAS,
                (stub, p, db) -> WireValues.status(stub.dropAlias(DropAliasRequest.newBuilder()
                        .setDbName(db)
                        .setAlias(p.getAlias())
                        .build())));
        t.put(
                Operations.ALTER_ALIAS,
                (stub, p, db) -> WireValues.status(stub.alterAlias(AlterAliasRequest.newBuilder()
                        .setDbName(db)
                        .setCollectionName(p.getCollectionName())
                        .setAlias(p.getAlias())
                        .build())));
        t.put(Operations.DESCRIBE_ALIAS, (stub, p, db) -> {
            io.partita.wire.DescribeAliasResponse r = stub.describeAlias(DescribeAliasRequest.newBuilder()
                    .setDbName(db)
                    .setAlias(p.getAlias())
                    .build());
            return DescribeAliasResponse.newBuilder()
                    .setStatus(WireValues.status(r.getStatus()))
                    .setDbName(r.getDbName())
                    .setAlias(r.getAlias())
                    .setCollection(r.getCollection())
                    .build();
        });
        t.put(Operations.LIST_ALIASES, (stub, p, db) -> {
            io.partita.wire.ListAliasesResponse r = stub.listAliases(ListAliasesRequest.newBuilder()
                    .setDbName(db)
                    .setCollectionName(p.getCollectionName())
                    .build());
            return ListAliasesResponse.newBuilder()
                    .setStatus(WireValues.status(r.getStatus()))
                    .setDbName(r.getDbName())
                    .setCollectionName(r.getCollectionName())
                    .addAllAliases(r.getAliasesList())
                    .build();
        });
    }
}
