package io.partita.cli;

import io.partita.model.DataType;
import io.partita.param.collection.FieldType;
import java.util.Locale;

/**
 * Parses milvus_cli field specs: {@code name:TYPE[:DIM|MAX_LENGTH]}; TYPE as INT64, FLOAT_VECTOR,
 * VARCHAR, JSON...; an array field is {@code name:ARRAY:ELEMENT_TYPE:CAPACITY[:MAX_LENGTH]}.
 */
final class FieldSpecs {
    private FieldSpecs() {}

    static FieldType parse(String spec, String primaryField, boolean autoId) {
        String[] parts = spec.split(":", -1);
        if (parts.length >= 2 && dataType(parts[1], spec) == DataType.Array) {
            return array(parts, spec);
        }
        if (parts.length < 2 || parts.length > 3 || parts[0].isBlank()) {
            throw new UsageException("-f must be name:TYPE[:DIM|MAX_LENGTH], got \"" + spec + "\"");
        }
        DataType type = dataType(parts[1], spec);
        boolean primary = parts[0].equals(primaryField);
        FieldType.Builder b = FieldType.newBuilder()
                .withName(parts[0])
                .withDataType(type)
                .withPrimaryKey(primary)
                .withAutoID(primary && autoId);
        if (parts.length == 3) {
            int n;
            try {
                n = Integer.parseInt(parts[2]);
            } catch (NumberFormatException e) {
                throw new UsageException(
                        "-f third part must be a number (dimension or max length), got \"" + spec + "\"");
            }
            if (type == DataType.VarChar) {
                b.withMaxLength(n);
            } else {
                b.withDimension(n);
            }
        }
        return b.build();
    }

    private static FieldType array(String[] parts, String spec) {
        if (parts.length < 4 || parts.length > 5 || parts[0].isBlank()) {
            throw new UsageException(
                    "-f of an array must be name:ARRAY:ELEMENT_TYPE:CAPACITY[:MAX_LENGTH], got \"" + spec + "\"");
        }
        FieldType.Builder b = FieldType.newBuilder()
                .withName(parts[0])
                .withDataType(DataType.Array)
                .withElementType(dataType(parts[2], spec))
                .withMaxCapacity(number(parts[3], spec));
        if (parts.length == 5) {
            b.withMaxLength(number(parts[4], spec));
        }
        return b.build();
    }

    private static int number(String text, String spec) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new UsageException("-f expects a number where \"" + text + "\" stands in \"" + spec + "\"");
        }
    }

    static DataType dataType(String text, String spec) {
        String wanted = text.replace("_", "").toLowerCase(Locale.ROOT);
        for (DataType t : DataType.values()) {
            if (t != DataType.None && t.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return t;
            }
        }
        throw new UsageException("-f type must be one of BOOL, INT8, INT16, INT32, INT64, FLOAT, DOUBLE, VARCHAR, "
                + "JSON, ARRAY, FLOAT_VECTOR, BINARY_VECTOR, FLOAT16_VECTOR, BFLOAT16_VECTOR, SPARSE_FLOAT_VECTOR, "
                + "INT8_VECTOR, got \"" + text + "\" in \"" + spec + "\"");
    }
}
