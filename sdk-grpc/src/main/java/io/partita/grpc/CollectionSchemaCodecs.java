package io.partita.grpc;

import io.partita.model.BatchDescribeCollectionResponse;
import io.partita.transport.Operations;
import io.partita.wire.AddCollectionFieldRequest;
import io.partita.wire.AddCollectionFunctionRequest;
import io.partita.wire.AlterCollectionFieldRequest;
import io.partita.wire.AlterCollectionFunctionRequest;
import io.partita.wire.BatchDescribeCollectionRequest;
import io.partita.wire.DropCollectionFunctionRequest;
import io.partita.wire.TruncateCollectionRequest;

/**
 * Codecs of the Milvus 2.6 collection-schema RPCs: AddCollectionField, AlterCollectionField,
 * TruncateCollection, BatchDescribeCollection and Add/Alter/DropCollectionFunction.
 */
final class CollectionSchemaCodecs {
    private CollectionSchemaCodecs() {}

    static void register(CodecTable t) {
        t.put(
                Operations.ADD_COLLECTION_FIELD,
                (stub, p, db) -> WireValues.status(stub.addCollectionField(AddCollectionFieldRequest.newBuilder()
                        .setDbName(db)
                        .setCollectionName(p.getCollectionName())
                        .setSchema(SchemaCodec.field(p.getFieldType()).toByteString())
                        .build())));
        t.put(
                Operations.ALTER_COLLECTION_FIELD,
                (stub, p, db) -> WireValues.status(stub.alterCollectionField(AlterCollectionFieldRequest.newBuilder()
                        .setDbName(db)
                        .setCollectionName(p.getCollectionName())
                        .setFieldName(p.getFieldName())
                        .addAllProperties(WireValues.toWirePairs(p.getProperties()))
                        .addAllDeleteKeys(p.getDeleteKeys())
                        .build())));
        t.put(
                Operations.TRUNCATE_COLLECTION,
                (stub, p, db) -> WireValues.status(stub.truncateCollection(TruncateCollectionRequest.newBuilder()
                                .setDbName(db)
                                .setCollectionName(p.getCollectionName())
                                .build())
                        .getStatus()));
        t.put(
                Operations.ADD_COLLECTION_FUNCTION,
                (stub, p, db) -> WireValues.status(stub.addCollectionFunction(AddCollectionFunctionRequest.newBuilder()
                        .setDbName(db)
                        .setCollectionName(p.getCollectionName())
                        .setFunctionSchema(SchemaCodec.toWire(p.getFunction()))
                        .build())));
        t.put(
                Operations.ALTER_COLLECTION_FUNCTION,
                (stub, p, db) ->
                        WireValues.status(stub.alterCollectionFunction(AlterCollectionFunctionRequest.newBuilder()
                                .setDbName(db)
                                .setCollectionName(p.getCollectionName())
                                .setFunctionName(p.getFunctionName())
                                .setFunctionSchema(SchemaCodec.toWire(p.getFunction()))
                                .build())));
        t.put(
                Operations.DROP_COLLECTION_FUNCTION,
                (stub, p, db) ->
                        WireValues.status(stub.dropCollectionFunction(DropCollectionFunctionRequest.newBuilder()
                                .setDbName(db)
                                .setCollectionName(p.getCollectionName())
                                .setFunctionName(p.getFunctionName())
                                .build())));
        t.put(Operations.BATCH_DESCRIBE_COLLECTION, (stub, p, db) -> {
            io.partita.wire.BatchDescribeCollectionResponse r =
                    stub.batchDescribeCollection(BatchDescribeCollectionRequest.newBuilder()
                            .setDbName(db)
                            .addAllCollectionName(p.getCollectionNames())
                            .build());
            BatchDescribeCollectionResponse.Builder b =
                    BatchDescribeCollectionResponse.newBuilder().setStatus(WireValues.status(r.getStatus()));
            r.getResponsesList().forEach(d -> b.addResponses(CollectionCodecs.describe(d)));
            return b.build();
        });
    }
}
