package io.partita.server.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.partita.server.model.DataType;
import io.partita.server.model.EngineException;
import io.partita.server.model.FieldColumn;
import io.partita.wire.ArrayArray;
import io.partita.wire.FieldData;
import io.partita.wire.LongArray;
import io.partita.wire.ScalarField;
import io.partita.wire.StringArray;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Wire decoding of ARRAY field data and of nullable fields' valid_data. */
class ArrayAndNullWireTest {
    private static FieldData arrayField(ScalarField... rows) {
        ArrayArray.Builder a = ArrayArray.newBuilder();
        for (ScalarField r : rows) {
            a.addData(r);
        }
        return FieldData.newBuilder()
                .setFieldName("nums")
                .setType(io.partita.wire.DataType.Array)
                .setScalars(ScalarField.newBuilder().setArrayData(a))
                .build();
    }

    private static ScalarField longs(long... v) {
        LongArray.Builder b = LongArray.newBuilder();
        for (long x : v) {
            b.addData(x);
        }
        return ScalarField.newBuilder().setLongData(b).build();
    }

    @Test
    void arrayRowsBecomeJsonArraysAndTravelBack() {
        FieldColumn c = FieldDataCodec.toColumn(arrayField(longs(1, 2), ScalarField.getDefaultInstance(), longs(3)));
        assertThat(DataType.fromNumber(c.dim())).isEqualTo(DataType.INT64);
        assertThat(new String(c.jsonBytes()[0], StandardCharsets.UTF_8)).isEqualTo("[1,2]");
        assertThat(new String(c.jsonBytes()[1], StandardCharsets.UTF_8)).isEqualTo("[]");
        FieldData back = FieldDataCodec.toFieldData(c);
        assertThat(back.getScalars().getArrayData().getData(0).getLongData().getDataList())
                .containsExactly(1L, 2L);
        assertThat(back.getScalars().getArrayData().getElementType()).isEqualTo(io.partita.wire.DataType.Int64);
    }

    @Test
    void rowsOfMixedElementTypesAreRefusedNamingTheFieldAndRow() {
        ScalarField strings = ScalarField.newBuilder()
                .setStringData(StringArray.newBuilder().addData("x"))
                .build();
        EngineException e = catchThrowableOfType(
                EngineException.class, () -> FieldDataCodec.toColumn(arrayField(longs(1), strings)));
        assertThat(e.code()).isEqualTo(1100);
        assertThat(e.reason())
                .isEqualTo("field nums: row 1 of the array carries STRING_DATA elements but the element"
                        + " type is INT64");
    }

    @Test
    void compactValidDataIsSpreadOverEveryRow() {
        FieldData fd = FieldData.newBuilder()
                .setFieldName("age")
                .setType(io.partita.wire.DataType.Int64)
                .setScalars(ScalarField.newBuilder()
                        .setLongData(LongArray.newBuilder().addData(7)))
                .addValidData(false)
                .addValidData(true)
                .addValidData(false)
                .build();
        FieldColumn c = FieldDataCodec.toColumn(fd);
        assertThat(c.rowCount()).isEqualTo(3);
        assertThat(c.valid()).containsExactly(false, true, false);
        assertThat(c.longs()[1]).isEqualTo(7);
        assertThat(FieldDataCodec.toFieldData(c).getValidDataList()).containsExactly(false, true, false);
    }

    @Test
    void validDataThatFitsNeitherFormIsRefused() {
        FieldData fd = FieldData.newBuilder()
                .setFieldName("age")
                .setType(io.partita.wire.DataType.Int64)
                .setScalars(ScalarField.newBuilder()
                        .setLongData(LongArray.newBuilder().addData(7).addData(8)))
                .addValidData(false)
                .addValidData(true)
                .addValidData(false)
                .build();
        EngineException e = catchThrowableOfType(EngineException.class, () -> FieldDataCodec.toColumn(fd));
        assertThat(e.reason()).startsWith("field age: carries 2 values for 3 rows");
    }
}
