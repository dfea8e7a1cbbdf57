package io.partita.grpc;

import io.partita.transport.Operations;
import io.partita.wire.AlterAliasRequest;
import io.partita.wire.CreateAliasRequest;
import io.partita.wire.DropAliasRequest;

/** Codecs of the alias RPCs: create, drop, alter. */
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
    }
}
