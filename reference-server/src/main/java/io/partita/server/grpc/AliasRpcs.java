package io.partita.server.grpc;

import static io.partita.server.grpc.ServerRpc.status;
import static io.partita.server.grpc.ServerRpc.unary;
import static io.partita.wire.MilvusServiceGrpc.getAlterAliasMethod;
import static io.partita.wire.MilvusServiceGrpc.getCreateAliasMethod;
import static io.partita.wire.MilvusServiceGrpc.getDescribeAliasMethod;
import static io.partita.wire.MilvusServiceGrpc.getDropAliasMethod;
import static io.partita.wire.MilvusServiceGrpc.getListAliasesMethod;

import io.partita.server.engine.DatabaseScope;
import io.partita.server.engine.Engine;
import io.partita.server.model.AliasInfo;
import io.partita.wire.AlterAliasRequest;
import io.partita.wire.CreateAliasRequest;
import io.partita.wire.DescribeAliasRequest;
import io.partita.wire.DescribeAliasResponse;
import io.partita.wire.DropAliasRequest;
import io.partita.wire.ListAliasesRequest;
import io.partita.wire.ListAliasesResponse;
import java.util.List;

/** Alias RPCs: create, drop, alter, describe, list. */
final class AliasRpcs {
    private final Engine engine;

    AliasRpcs(Engine engine) {
        this.engine = engine;
    }

    /** The alias RPCs' declarations; DescribeAlias and ListAliases are gRPC only, as in Milvus 2.1. */
    List<ServerRpc<?, ?>> rpcs() {
        return List.of(
                status(getCreateAliasMethod(), this::create),
                status(getDropAliasMethod(), this::drop),
                status(getAlterAliasMethod(), this::alter),
                unary(getDescribeAliasMethod(), this::describe),
                unary(getListAliasesMethod(), this::list));
    }

    void create(CreateAliasRequest r) {
        engine.createAlias(r.getCollectionName(), r.getAlias());
    }

    void drop(DropAliasRequest r) {
        engine.dropAlias(r.getAlias());
    }

    void alter(AlterAliasRequest r) {
        engine.alterAlias(r.getCollectionName(), r.getAlias());
    }

    DescribeAliasResponse describe(DescribeAliasRequest r) {
        AliasInfo a = engine.describeAlias(r.getAlias());
        return DescribeAliasResponse.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .setDbName(DatabaseScope.current())
                .setAlias(a.alias())
                .setCollection(a.collectionName())
                .build();
    }

    ListAliasesResponse list(ListAliasesRequest r) {
        ListAliasesResponse.Builder b = ListAliasesResponse.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .setDbName(DatabaseScope.current())
                .setCollectionName(r.getCollectionName());
        engine.listAliases(r.getCollectionName()).forEach(a -> b.addAliases(a.alias()));
        return b.build();
    }
}
