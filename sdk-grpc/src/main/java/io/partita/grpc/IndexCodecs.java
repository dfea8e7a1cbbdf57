package io.partita.grpc;

import io.partita.model.DescribeIndexResponse;
import io.partita.model.GetIndexBuildProgressResponse;
import io.partita.model.GetIndexStateResponse;
import io.partita.model.IndexDescription;
import io.partita.model.IndexState;
import io.partita.param.index.CreateIndexParam;
import io.partita.transport.Operations;
import io.partita.transport.RequestShapes;
import io.partita.wire.AlterIndexRequest;
import io.partita.wire.CreateIndexRequest;
import io.partita.wire.DescribeIndexRequest;
import io.partita.wire.DropIndexRequest;
import io.partita.wire.GetIndexBuildProgressRequest;
import io.partita.wire.GetIndexStateRequest;

/**
 * Codecs of the index RPCs. CreateIndex sends {@code index_type}, {@code metric_type} and
 * {@code params} (the extra-param JSON) as {@code extra_params} pairs, as the official clients do.
 */
final class IndexCodecs {
    private IndexCodecs() {}

    static void register(CodecTable t) {
        t.put(Operations.CREATE_INDEX, (stub, p, db) -> WireValues.status(stub.createIndex(createRequest(p, db))));
        t.put(
                Operations.DROP_INDEX,
                (stub, p, db) -> WireValues.status(stub.dropIndex(DropIndexRequest.newBuilder()
                        .setDbName(db)
                        .setCollectionName(p.getCollectionName())
                        .setFieldName(orEmpty(p.getFieldName()))
                        .setIndexName(orEmpty(p.getIndexName()))
                        .build())));
        t.put(
                Operations.ALTER_INDEX,
                (stub, p, db) -> WireValues.status(stub.alterIndex(AlterIndexRequest.newBuilder()
                        .setDbName(p.getDatabaseName().isEmpty() ? db : p.getDatabaseName())
                        .setCollectionName(p.getCollectionName())
                        .setIndexName(p.getIndexName())
                        .addAllExtraParams(WireValues.toWirePairs(p.getProperties()))
                        .addAllDeleteKeys(p.getDeleteKeys())
                        .build())));
        t.put(Operations.DESCRIBE_INDEX, (stub, p, db) -> {
            io.partita.wire.DescribeIndexResponse r = stub.describeIndex(DescribeIndexRequest.newBuilder()
                    .setDbName(db)
                    .setCollectionName(p.getCollectionName())
                    .setFieldName(orEmpty(p.getFieldName()))
                    .setIndexName(orEmpty(p.getIndexName()))
                    .build());
            DescribeIndexResponse.Builder b =
                    DescribeIndexResponse.newBuilder().setStatus(WireValues.status(r.getStatus()));
            r.getIndexDescriptionsList().forEach(d -> b.addIndexDescriptions(description(d)));
            return b.build();
        });
        t.put(Operations.GET_INDEX_STATE, (stub, p, db) -> {
            io.partita.wire.GetIndexStateResponse r = stub.getIndexState(GetIndexStateRequest.newBuilder()
                    .setDbName(db)
                    .setCollectionName(p.getCollectionName())
                    .setFieldName(orEmpty(p.getFieldName()))
                    .setIndexName(orEmpty(p.getIndexName()))
                    .build());
            GetIndexStateResponse.Builder b = GetIndexStateResponse.newBuilder()
                    .setStatus(WireValues.status(r.getStatus()))
                    .setFailReason(r.getFailReason());
            IndexState state = IndexState.forNumber(r.getStateValue());
            if (state != null) {
                b.setState(state);
            }
            return b.build();
        });
        t.put(Operations.GET_INDEX_BUILD_PROGRESS, (stub, p, db) -> {
            io.partita.wire.GetIndexBuildProgressResponse r =
                    stub.getIndexBuildProgress(GetIndexBuildProgressRequest.newBuilder()
                            .setDbName(db)
                            .setCollectionName(p.getCollectionName())
                            .setFieldName(orEmpty(p.getFieldName()))
                            .setIndexName(orEmpty(p.getIndexName()))
                            .build());
            return GetIndexBuildProgressResponse.newBuilder()
                    .setStatus(WireValues.status(r.getStatus()))
                    .setIndexedRows(r.getIndexedRows())
                    .setTotalRows(r.getTotalRows())
                    .build();
        });
    }

    private static CreateIndexRequest createRequest(CreateIndexParam p, String db) {
        CreateIndexRequest.Builder b = CreateIndexRequest.newBuilder()
                .setDbName(db)
                .setCollectionName(p.getCollectionName())
                .setFieldName(orEmpty(p.getFieldName()))
                .setIndexName(orEmpty(p.getIndexName()));
        RequestShapes.indexExtraParams(p).forEach(kv -> b.addExtraParams(WireValues.pair(kv.getKey(), kv.getValue())));
        return b.build();
    }

    private static IndexDescription description(io.partita.wire.IndexDescription d) {
        IndexDescription.Builder b = IndexDescription.newBuilder()
                .setIndexName(d.getIndexName())
                .setIndexID(d.getIndexID())
                .addAllParams(WireValues.pairs(d.getParamsList()))
                .setFieldName(d.getFieldName())
                .setIndexedRows(d.getIndexedRows())
                .setTotalRows(d.getTotalRows())
                .setIndexStateFailReason(d.getIndexStateFailReason());
        IndexState state = IndexState.forNumber(d.getStateValue());
        if (state != null) {
            b.setState(state);
        }
        return b.build();
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
