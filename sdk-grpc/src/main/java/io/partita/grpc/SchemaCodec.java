package io.partita.grpc;

import io.partita.model.CollectionSchema;
import io.partita.model.DataType;
import io.partita.model.FieldSchema;
import io.partita.param.collection.CreateCollectionParam;
import io.partita.param.collection.FieldType;
import io.partita.wire.CreateCollectionRequest;

/** Collection schemas both ways: a {@link CreateCollectionParam} to the serialized wire schema, a wire schema to a Partita one. */
final class SchemaCodec {
    private SchemaCodec() {}

    static CreateCollectionRequest createRequest(CreateCollectionParam p, String db) {
        io.partita.wire.CollectionSchema.Builder schema = io.partita.wire.CollectionSchema.newBuilder()
                .setName(p.getCollectionName())
                .setDescription(p.getDescription() == null ? "" : p.getDescription());
        for (FieldType f : p.getFieldTypes()) {
            schema.addFields(io.partita.wire.FieldSchema.newBuilder()
                    .setName(f.getName())
                    .setIsPrimaryKey(f.isPrimaryKey())
                    .setDescription(f.getDescription() == null ? "" : f.getDescription())
                    .setDataTypeValue(f.getDataType().getNumber())
                    .addAllTypeParams(WireValues.toWirePairs(f.getTypeParams()))
                    .setAutoID(f.isAutoID()));
        }
        CreateCollectionRequest.Builder b = CreateCollectionRequest.newBuilder()
                .setDbName(db)
                .setCollectionName(p.getCollectionName())
                .setSchema(schema.build().toByteString())
                .setShardsNum(p.getShardsNum());
        if (p.getConsistencyLevel() != null) {
            b.setConsistencyLevel(WireValues.consistency(p.getConsistencyLevel()));
        }
        return b.build();
    }

    static CollectionSchema fromWire(io.partita.wire.CollectionSchema s) {
        CollectionSchema.Builder b = CollectionSchema.newBuilder()
                .setName(s.getName())
                .setDescription(s.getDescription())
                .setAutoID(s.getAutoID());
        for (io.partita.wire.FieldSchema f : s.getFieldsList()) {
            FieldSchema.Builder fb = FieldSchema.newBuilder()
                    .setFieldID(f.getFieldID())
                    .setName(f.getName())
                    .setIsPrimaryKey(f.getIsPrimaryKey())
                    .setDescription(f.getDescription())
                    .addAllTypeParams(WireValues.pairs(f.getTypeParamsList()))
                    .addAllIndexParams(WireValues.pairs(f.getIndexParamsList()))
                    .setAutoID(f.getAutoID());
            DataType type = DataType.forNumber(f.getDataTypeValue());
            if (type != null) {
                fb.setDataType(type);
            }
            b.addFields(fb.build());
        }
        return b.build();
    }
}
