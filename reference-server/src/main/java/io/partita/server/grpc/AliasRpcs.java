package io.partita.server.grpc;

import io.partita.server.engine.Engine;
import io.partita.server.model.AliasInfo;
import io.partita.wire.AlterAliasRequest;
import io.partita.wire.CreateAliasRequest;
import io.partita.wire.DescribeAliasRequest;
import io.partita.wire.DescribeAliasResponse;
import io.partita.wire.DropAliasRequest;
import io.partita.wire.ListAliasesRequest;
import io.partita.wire.ListAliasesResponse;
import io.partita.wire.Status;

/** Alias RPCs: create, drop, alter, describe, list. */
final class AliasRpcs {
    private final Engine engine;

    AliasRpcs(Engine engine) {
        this.engine = engine;
    }

    void create(CreateAliasRequest r) {
        Databases.check(r.getDbName());
        engine.createAlias(r.getCollectionName(), r.getAlias());
    }

    void drop(DropAliasRequest r) {
        Databases.check(r.getDbName());
        engine.dropAlias(r.getAlias());
    }

    void alter(AlterAliasRequest r) {
        Databases.check(r.getDbName());
        engine.alterAlias(r.getCollectionName(), r.getAlias());
    }

    DescribeAliasResponse describe(DescribeAliasRequest r) {
        Databases.check(r.getDbName());
        AliasInfo a = engine.describeAlias(r.getAlias());
        return DescribeAliasResponse.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .setDbName(Databases.DEFAULT)
                .setAlias(a.alias())
                .setCollection(a.collectionName())
                .build();
    }

    static DescribeAliasResponse describeFailed(Status s) {
        return DescribeAliasResponse.newBuilder().setStatus(s).build();
    }

    ListAliasesResponse list(ListAliasesRequest r) {
        Databases.check(r.getDbName());
        ListAliasesResponse.Builder b = ListAliasesResponse.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .setDbName(Databases.DEFAULT)
                .setCollectionName(r.getCollectionName());
        engine.listAliases(r.getCollectionName()).forEach(a -> b.addAliases(a.alias()));
        return b.build();
    }

    static ListAliasesResponse listFailed(Status s) {
        return ListAliasesResponse.newBuilder().setStatus(s).build();
    }
}
