package io.partita.server.grpc;

import static io.partita.server.grpc.ServerRpc.status;
import static io.partita.server.grpc.ServerRpc.unary;
import static io.partita.wire.MilvusServiceGrpc.getAlterIndexMethod;
import static io.partita.wire.MilvusServiceGrpc.getCreateIndexMethod;
import static io.partita.wire.MilvusServiceGrpc.getDescribeIndexMethod;
import static io.partita.wire.MilvusServiceGrpc.getDropIndexMethod;
import static io.partita.wire.MilvusServiceGrpc.getGetIndexBuildProgressMethod;
import static io.partita.wire.MilvusServiceGrpc.getGetIndexStateMethod;

import io.partita.server.engine.Engine;
import io.partita.server.model.EngineException;
import io.partita.server.model.ErrorCodes;
import io.partita.server.model.IndexDescription;
import io.partita.wire.AlterIndexRequest;
import io.partita.wire.CreateIndexRequest;
import io.partita.wire.DescribeIndexRequest;
import io.partita.wire.DescribeIndexResponse;
import io.partita.wire.DropIndexRequest;
import io.partita.wire.GetIndexBuildProgressRequest;
import io.partita.wire.GetIndexBuildProgressResponse;
import io.partita.wire.GetIndexStateRequest;
import io.partita.wire.GetIndexStateResponse;
import java.util.List;
import java.util.Map;

/**
 * Index RPCs. {@code extra_params} ({@code index_type}, {@code metric_type}, {@code params} as
 * JSON, or flat build params) are passed to the engine exactly as given.
 */
final class IndexRpcs {
    private final Engine engine;

    IndexRpcs(Engine engine) {
        this.engine = engine;
    }

    /** The index RPCs' declarations. */
    List<ServerRpc<?, ?>> rpcs() {
        return List.of(
                status(getCreateIndexMethod(), this::create),
                unary(getDescribeIndexMethod(), this::describe),
                unary(getGetIndexStateMethod(), this::state),
                unary(getGetIndexBuildProgressMethod(), this::progress),
                status(getDropIndexMethod(), this::drop));
    }

    /** AlterIndex (Milvus 2.4+; served on the milvus-2.6 profile). */
    List<ServerRpc<?, ?>> since24() {
        return List.of(status(getAlterIndexMethod(), this::alter));
    }

    void alter(AlterIndexRequest r) {
        engine.alterIndex(
                r.getCollectionName(),
                r.getIndexName(),
                SchemaCodec.toMap(r.getExtraParamsList()),
                r.getDeleteKeysList());
    }

    void create(CreateIndexRequest r) {
        Map<String, String> params = SchemaCodec.toMap(r.getExtraParamsList());
        engine.createIndex(r.getCollectionName(), r.getFieldName(), r.getIndexName(), params);
    }

    DescribeIndexResponse describe(DescribeIndexRequest r) {
        DescribeIndexResponse.Builder b = DescribeIndexResponse.newBuilder().setStatus(Statuses.SUCCESS);
        for (IndexDescription d : engine.describeIndexes(r.getCollectionName(), r.getFieldName(), r.getIndexName())) {
            b.addIndexDescriptions(io.partita.wire.IndexDescription.newBuilder()
                    .setIndexName(d.indexName())
                    .setIndexID(d.indexId())
                    .setFieldName(d.fieldName())
                    .addAllParams(SchemaCodec.toPairs(d.params()))
                    .setIndexedRows(d.indexedRows())
                    .setTotalRows(d.totalRows())
                    .setPendingIndexRows(d.pendingIndexRows())
                    .setStateValue(d.state()));
        }
        return b.build();
    }

    GetIndexStateResponse state(GetIndexStateRequest r) {
        IndexDescription d = first(r.getCollectionName(), r.getFieldName(), r.getIndexName());
        return GetIndexStateResponse.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .setStateValue(d.state())
                .build();
    }

    GetIndexBuildProgressResponse progress(GetIndexBuildProgressRequest r) {
        IndexDescription d = first(r.getCollectionName(), r.getFieldName(), r.getIndexName());
        return GetIndexBuildProgressResponse.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .setIndexedRows(d.indexedRows())
                .setTotalRows(d.totalRows())
                .build();
    }

    void drop(DropIndexRequest r) {
        engine.dropIndex(r.getCollectionName(), r.getFieldName(), r.getIndexName());
    }

    /** The engine reports a missing index as an error itself; an empty answer is treated the same way. */
    private IndexDescription first(String collection, String field, String index) {
        List<IndexDescription> all = engine.describeIndexes(collection, field, index);
        if (all.isEmpty()) {
            throw EngineException.of(
                    ErrorCodes.INDEX_NOT_EXIST,
                    ErrorCodes.CODE_INDEX_NOT_FOUND,
                    "index not found[collection=" + collection + "]");
        }
        return all.get(0);
    }
}
