package io.partita.v2.service.collection.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.v2.common.DataType;
import io.partita.v2.exception.ErrorCode;
import io.partita.v2.exception.MilvusClientException;
import org.junit.jupiter.api.Test;

/**
 * The {@code enableDefaultValue} flag of {@link AddFieldReq} and {@link AddCollectionFieldReq} as
 * the official builders keep it: set by {@code defaultValue}, settable on its own, and a null
 * default of a field that is not nullable refused with the official client's text. (That defaults
 * are stored, applied to rows that omit the field and described is CollectionSchemaV2Test's.)
 */
class DefaultValueFlagTest {
    @Test
    void defaultValueSetsTheFlagAndEnableDefaultValueSetsItAlone() {
        AddFieldReq plain =
                AddFieldReq.builder().fieldName("a").dataType(DataType.Int64).build();
        assertThat(plain.isEnableDefaultValue()).isFalse();
        AddFieldReq withDefault = AddFieldReq.builder()
                .fieldName("a")
                .dataType(DataType.Int64)
                .defaultValue(7L)
                .build();
        assertThat(withDefault.isEnableDefaultValue()).isTrue();
        assertThat(withDefault.getDefaultValue()).isEqualTo(7L);
        AddFieldReq nullDefault = AddFieldReq.builder()
                .fieldName("a")
                .dataType(DataType.Int64)
                .isNullable(true)
                .enableDefaultValue(true)
                .build();
        assertThat(nullDefault.isEnableDefaultValue()).isTrue();
        assertThat(nullDefault.getDefaultValue()).isNull();

        AddCollectionFieldReq added = AddCollectionFieldReq.builder()
                .collectionName("c")
                .fieldName("label")
                .dataType(DataType.VarChar)
                .isNullable(true)
                .defaultValue("none")
                .build();
        assertThat(added.isEnableDefaultValue()).isTrue();
        assertThat(AddCollectionFieldReq.builder()
                        .collectionName("c")
                        .fieldName("label")
                        .dataType(DataType.VarChar)
                        .isNullable(true)
                        .defaultValue("none")
                        .enableDefaultValue(false)
                        .build()
                        .isEnableDefaultValue())
                .isFalse();
    }

    @Test
    void aNullDefaultOfAFieldThatIsNotNullableIsRefused() {
        assertThatThrownBy(() -> AddFieldReq.builder()
                        .fieldName("age")
                        .dataType(DataType.Int64)
                        .enableDefaultValue(true)
                        .build())
                .isInstanceOfSatisfying(MilvusClientException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(ErrorCode.INVALID_PARAMS);
                    assertThat(e.getMessage())
                            .contains(
                                    "Default value cannot be null for field 'age' that is defined as nullable == false.");
                });
        assertThatThrownBy(() -> AddCollectionFieldReq.builder()
                        .collectionName("c")
                        .fieldName("age")
                        .dataType(DataType.Int64)
                        .defaultValue(null)
                        .build())
                .isInstanceOf(MilvusClientException.class);
    }
}
