package io.partita.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelValuesTest {

    @Test
    void valuesCopyTheirListsAndHandThemOutUnmodifiable() {
        List<String> names = new ArrayList<>(List.of("a"));
        ShowPartitionsResponse r =
                ShowPartitionsResponse.newBuilder().addAllPartitionNames(names).build();
        names.add("b");

        assertThat(r.getPartitionNamesList()).containsExactly("a");
        assertThatThrownBy(() -> r.getPartitionNamesList().add("c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anAbsentStatusReadsAsSuccess() {
        assertThat(ShowPartitionsResponse.newBuilder().build().getStatus().isSuccess())
                .isTrue();
        assertThat(Status.success().getErrorCode()).isEqualTo(ErrorCode.Success);
    }

    @Test
    void valuesAreEqualByContent() {
        Status a = Status.newBuilder()
                .setErrorCode(ErrorCode.IllegalArgument)
                .setCode(1100)
                .setReason("r")
                .build();
        Status b = Status.newBuilder()
                .setErrorCodeValue(5)
                .setCode(1100)
                .setReason("r")
                .build();

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.isSuccess()).isFalse();
        assertThat(Status.newBuilder().setCode(100).build().isSuccess())
                .as("2.3 code alone marks an error")
                .isFalse();
    }

    @Test
    void fieldDataNeverPrintsItsValues() {
        FieldData vectors = FieldData.newBuilder()
                .setFieldName("vec")
                .setType(DataType.FloatVector)
                .setDim(2)
                .addValue(List.of(0.123f, 0.456f))
                .build();

        assertThat(vectors.toString()).contains("vec").contains("rows=1").doesNotContain("0.123");
    }

    @Test
    void enumsMapProtocolNumbers() {
        assertThat(DataType.forNumber(101)).isEqualTo(DataType.FloatVector);
        assertThat(LoadState.forNumber(3)).isEqualTo(LoadState.LoadStateLoaded);
        assertThat(ErrorCode.forNumber(12345)).isNull();
    }
}
