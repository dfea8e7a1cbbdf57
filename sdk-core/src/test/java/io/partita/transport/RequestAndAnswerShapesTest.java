package io.partita.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.model.DataType;
import io.partita.param.IndexType;
import io.partita.param.MetricType;
import io.partita.param.index.CreateIndexParam;
import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class RequestAndAnswerShapesTest {

    private static CreateIndexParam.Builder index() {
        return CreateIndexParam.newBuilder()
                .withCollectionName("c")
                .withFieldName("vec")
                .withIndexType(IndexType.IVF_FLAT)
                .withMetricType(MetricType.L2);
    }

    private static List<String> pairs(CreateIndexParam p) {
        return RequestShapes.indexExtraParams(p).stream()
                .map(kv -> kv.getKey() + "=" + kv.getValue())
                .collect(Collectors.toList());
    }

    @Test
    void indexExtraParamsNameTypeAndMetricThenTheBuildParameters() {
        assertThat(pairs(index().withExtraParam("{\"nlist\":8}").build()))
                .containsExactly("index_type=IVF_FLAT", "metric_type=L2", "params={\"nlist\":8}");
    }

    @Test
    void emptyBuildParametersAreLeftOut() {
        assertThat(pairs(index().withExtraParam("").build())).containsExactly("index_type=IVF_FLAT", "metric_type=L2");
    }

    @Test
    void passwordsTravelAsBase64OfTheirUtf8Bytes() {
        String encoded = RequestShapes.encodedPassword("pässwörd");

        assertThat(new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8))
                .isEqualTo("pässwörd");
    }

    @Test
    void anUnknownDataTypeNumberIsNone() {
        assertThat(AnswerShapes.dataType(101)).isEqualTo(DataType.FloatVector);
        assertThat(AnswerShapes.dataType(9999)).isEqualTo(DataType.None);
    }

    @Test
    void floatColumnsAreCutIntoRowsAndAPartialRowIsDropped() {
        assertThat(AnswerShapes.floatRows(List.of(1f, 2f, 3f, 4f, 5f), 2))
                .containsExactly(List.of(1f, 2f), List.of(3f, 4f));
        assertThat(AnswerShapes.floatRows(List.of(1f, 2f), 0)).isEmpty();
    }

    @Test
    void binaryColumnsAreCutIntoReadOnlyRowsOfDimOver8Bytes() {
        List<Object> rows = AnswerShapes.binaryRows(new byte[] {1, 2, 3, 4, 5}, 16);

        assertThat(rows).containsExactly(ByteBuffer.wrap(new byte[] {1, 2}), ByteBuffer.wrap(new byte[] {3, 4}));
        ByteBuffer first = (ByteBuffer) rows.get(0);
        Executable write = () -> first.put(0, (byte) 9);
        org.junit.jupiter.api.Assertions.assertThrows(ReadOnlyBufferException.class, write);
        assertThat(AnswerShapes.binaryRows(new byte[] {1}, 4)).isEmpty();
    }
}
