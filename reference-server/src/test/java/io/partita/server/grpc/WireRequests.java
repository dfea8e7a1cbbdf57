package io.partita.server.grpc;

import com.google.protobuf.ByteString;
import io.partita.wire.DataType;
import io.partita.wire.FieldData;
import io.partita.wire.FieldSchema;
import io.partita.wire.FloatArray;
import io.partita.wire.KeyValuePair;
import io.partita.wire.LongArray;
import io.partita.wire.PlaceholderGroup;
import io.partita.wire.PlaceholderType;
import io.partita.wire.PlaceholderValue;
import io.partita.wire.ScalarField;
import io.partita.wire.SearchRequest;
import io.partita.wire.VectorField;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Builders for wire requests the way official clients shape them. */
public final class WireRequests {
    private WireRequests() {}

    public static KeyValuePair kv(String k, String v) {
        return KeyValuePair.newBuilder().setKey(k).setValue(v).build();
    }

    public static io.partita.wire.CollectionSchema schema(String name, int dim) {
        return io.partita.wire.CollectionSchema.newBuilder()
                .setName(name)
                .addFields(FieldSchema.newBuilder()
                        .setName("id")
                        .setDataType(DataType.Int64)
                        .setIsPrimaryKey(true))
                .addFields(FieldSchema.newBuilder()
                        .setName("vec")
                        .setDataType(DataType.FloatVector)
                        .addTypeParams(kv("dim", Integer.toString(dim))))
                .build();
    }

    public static FieldData ids(long... ids) {
        LongArray.Builder a = LongArray.newBuilder();
        for (long id : ids) {
            a.addData(id);
        }
        return FieldData.newBuilder()
                .setFieldName("id")
                .setType(DataType.Int64)
                .setScalars(ScalarField.newBuilder().setLongData(a))
                .build();
    }

    public static FieldData vectors(int dim, float[]... rows) {
        FloatArray.Builder a = FloatArray.newBuilder();
        for (float[] r : rows) {
            for (float f : r) {
                a.addData(f);
            }
        }
        return FieldData.newBuilder()
                .setFieldName("vec")
                .setType(DataType.FloatVector)
                .setVectors(VectorField.newBuilder().setDim(dim).setFloatVector(a))
                .build();
    }

    public static ByteString placeholders(float[]... queries) {
        PlaceholderValue.Builder v = PlaceholderValue.newBuilder().setTag("$0").setType(PlaceholderType.FloatVector);
        for (float[] q : queries) {
            ByteBuffer b = ByteBuffer.allocate(q.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            for (float f : q) {
                b.putFloat(f);
            }
            v.addValues(ByteString.copyFrom(b.array()));
        }
        return PlaceholderGroup.newBuilder().addPlaceholders(v).build().toByteString();
    }

    /** A search as the 2.x clients send it: topk, metric, params JSON in search_params. */
    public static SearchRequest.Builder search(String collection, String topk, float[]... queries) {
        return SearchRequest.newBuilder()
                .setCollectionName(collection)
                .setPlaceholderGroup(placeholders(queries))
                .setDslType(io.partita.wire.DslType.BoolExprV1)
                .addSearchParams(kv("anns_field", "vec"))
                .addSearchParams(kv("topk", topk))
                .addSearchParams(kv("metric_type", "L2"))
                .addSearchParams(kv("params", "{\"nprobe\": 10}"))
                .addSearchParams(kv("round_decimal", "-1"));
    }
}
