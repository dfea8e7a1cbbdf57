package io.partita.v2.service.collection.request;

import io.partita.v2.exception.ErrorCode;
import io.partita.v2.exception.MilvusClientException;

/**
 * The one rule on a field's {@code enableDefaultValue} flag, as the official client's
 * SchemaUtils.convertFieldReqToFieldSchema checks it: a null default for a field that is not
 * nullable is refused before anything is sent.
 */
final class DefaultValues {
    private DefaultValues() {}

    static void check(boolean enableDefaultValue, Object defaultValue, boolean isNullable, String fieldName) {
        if (enableDefaultValue && defaultValue == null && !isNullable) {
            throw new MilvusClientException(
                    ErrorCode.INVALID_PARAMS,
                    "Default value cannot be null for field '" + fieldName + "' that is defined as nullable == false.");
        }
    }
}
