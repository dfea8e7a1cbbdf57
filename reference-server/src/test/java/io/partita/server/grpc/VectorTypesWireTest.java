package io.partita.server.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.protobuf.ByteString;
import io.partita.server.model.DataType;
import io.partita.server.model.EngineException;
import io.partita.server.model.FieldColumn;
import io.partita.wire.FieldData;
import io.partita.wire.PlaceholderGroup;
import io.partita.wire.PlaceholderType;
import io.partita.wire.PlaceholderValue;
import io.partita.wire.SparseFloatArray;
import io.partita.wire.VectorField;
import org.junit.jupiter.api.Test;

/** Wire decoding and encoding of Float16/BFloat16/Int8 and sparse vectors, and Milvus's length errors. */
class VectorTypesWireTest {
    private static FieldData dense(io.partita.wire.DataType type, int dim, VectorField.Builder v) {
        return FieldData.newBuilder()
                .setFieldName("v")
                .setType(type)
                .setVectors(v.setDim(dim))
                .build();
    }

    @Test
    void denseByteVectorsRoundTrip() {
        byte[] bytes = new byte[2 * 4 * 3];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        FieldColumn f16 = FieldDataCodec.toColumn(dense(
                io.partita.wire.DataType.Float16Vector,
                4,
                VectorField.newBuilder().setFloat16Vector(ByteString.copyFrom(bytes))));
        assertThat(f16.type()).isEqualTo(DataType.FLOAT16_VECTOR);
        assertThat(f16.rowCount()).isEqualTo(3);
        assertThat(FieldDataCodec.toFieldData(f16)
                        .getVectors()
                        .getFloat16Vector()
                        .toByteArray())
                .isEqualTo(bytes);
        FieldColumn i8 = FieldDataCodec.toColumn(dense(
                io.partita.wire.DataType.Int8Vector,
                4,
                VectorField.newBuilder().setInt8Vector(ByteString.copyFrom(bytes))));
        assertThat(i8.rowCount()).isEqualTo(6);
        assertThat(FieldDataCodec.toFieldData(i8).getVectors().getInt8Vector().toByteArray())
                .isEqualTo(bytes);
    }

    @Test
    void aDenseLengthThatIsNotWholeRowsIsRefusedWithMilvussText() {
        EngineException e = catchThrowableOfType(
                EngineException.class,
                () -> FieldDataCodec.toColumn(dense(
                        io.partita.wire.DataType.Float16Vector,
                        4,
                        VectorField.newBuilder().setFloat16Vector(ByteString.copyFrom(new byte[10])))));
        assertThat(e.code()).isEqualTo(1100);
        assertThat(e.reason()).isEqualTo("field v: the length(10) of float16 data should divide the dim(4)");
        EngineException b = catchThrowableOfType(
                EngineException.class,
                () -> FieldDataCodec.toColumn(dense(
                        io.partita.wire.DataType.BFloat16Vector,
                        4,
                        VectorField.newBuilder().setBfloat16Vector(ByteString.copyFrom(new byte[6])))));
        assertThat(b.reason()).isEqualTo("field v: the length(6) of bfloat data should divide the dim(4)");
        EngineException f = catchThrowableOfType(
                EngineException.class,
                () -> FieldDataCodec.toColumn(dense(
                        io.partita.wire.DataType.FloatVector,
                        4,
                        VectorField.newBuilder()
                                .setFloatVector(io.partita.wire.FloatArray.newBuilder()
                                        .addData(1f)
                                        .addData(2f)
                                        .addData(3f)))));
        assertThat(f.reason()).isEqualTo("field v: the length(3) of float data should divide the dim(4)");
        EngineException bits = catchThrowableOfType(
                EngineException.class,
                () -> FieldDataCodec.toColumn(dense(
                        io.partita.wire.DataType.BinaryVector,
                        16,
                        VectorField.newBuilder().setBinaryVector(ByteString.copyFrom(new byte[3])))));
        assertThat(bits.reason()).isEqualTo("field v: the num(24) of all bits should divide the dim(16)");
    }

    @Test
    void sparseRowsKeepTheirBytesAndTheBatchDimIsOnePastTheLargestIndex() {
        byte[] row = {7, 0, 0, 0, 0, 0, (byte) 0x80, 0x3f}; // {7: 1.0}
        FieldData fd = FieldData.newBuilder()
                .setFieldName("s")
                .setType(io.partita.wire.DataType.SparseFloatVector)
                .setVectors(VectorField.newBuilder()
                        .setSparseFloatVector(SparseFloatArray.newBuilder()
                                .addContents(ByteString.copyFrom(row))
                                .addContents(ByteString.EMPTY)
                                .setDim(8)))
                .build();
        FieldColumn c = FieldDataCodec.toColumn(fd);
        assertThat(c.rowCount()).isEqualTo(2);
        assertThat(c.dim()).isEqualTo(8);
        FieldData back = FieldDataCodec.toFieldData(c);
        assertThat(back.getVectors().getSparseFloatVector().getContents(0).toByteArray())
                .isEqualTo(row);
        assertThat(back.getVectors().getSparseFloatVector().getDim()).isEqualTo(8);
    }

    @Test
    void float16AndSparsePlaceholdersDecode() {
        PlaceholderGroup g = PlaceholderGroup.newBuilder()
                .addPlaceholders(PlaceholderValue.newBuilder()
                        .setTag("$0")
                        .setType(PlaceholderType.Float16Vector)
                        .addValues(ByteString.copyFrom(new byte[8])))
                .build();
        FieldColumn q = SearchDecoder.vectors(g.toByteString(), "v");
        assertThat(q.type()).isEqualTo(DataType.FLOAT16_VECTOR);
        assertThat(q.dim()).isEqualTo(4);
        PlaceholderGroup s = PlaceholderGroup.newBuilder()
                .addPlaceholders(PlaceholderValue.newBuilder()
                        .setTag("$0")
                        .setType(PlaceholderType.SparseFloatVector)
                        .addValues(ByteString.copyFrom(new byte[] {3, 0, 0, 0, 0, 0, 0, 0})))
                .build();
        assertThat(SearchDecoder.vectors(s.toByteString(), "s").type()).isEqualTo(DataType.SPARSE_FLOAT_VECTOR);
    }
}
