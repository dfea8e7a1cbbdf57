package io.partita.server.grpc;

import static io.partita.server.grpc.ServerRpc.status;
import static io.partita.wire.MilvusServiceGrpc.getAlterDatabaseMethod;
import static io.partita.wire.MilvusServiceGrpc.getCreateDatabaseMethod;
import static io.partita.wire.MilvusServiceGrpc.getDropDatabaseMethod;

import io.partita.server.engine.Engine;
import io.partita.wire.AlterDatabaseRequest;
import io.partita.wire.CreateDatabaseRequest;
import io.partita.wire.DropDatabaseRequest;
import io.partita.wire.KeyValuePair;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CreateDatabase, DropDatabase and AlterDatabase (Milvus 2.2.9+, gRPC only), served on profiles
 * milvus-2.3 and milvus-2.6; ListDatabases and DescribeDatabase, which every client calls while
 * connecting, are in {@link InfoRpcs} on every profile.
 */
final class DatabaseRpcs {
    private final Engine engine;

    DatabaseRpcs(Engine engine) {
        this.engine = engine;
    }

    List<ServerRpc<?, ?>> rpcs() {
        return List.of(
                status(getCreateDatabaseMethod(), this::create),
                status(getDropDatabaseMethod(), this::drop),
                status(getAlterDatabaseMethod(), this::alter));
    }

    void create(CreateDatabaseRequest r) {
        engine.createDatabase(r.getDbName(), properties(r.getPropertiesList()));
    }

    void drop(DropDatabaseRequest r) {
        engine.dropDatabase(r.getDbName());
    }

    void alter(AlterDatabaseRequest r) {
        engine.alterDatabase(r.getDbName(), properties(r.getPropertiesList()), r.getDeleteKeysList());
    }

    private static Map<String, String> properties(List<KeyValuePair> pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (KeyValuePair p : pairs) {
            out.put(p.getKey(), p.getValue());
        }
        return out;
    }
}
