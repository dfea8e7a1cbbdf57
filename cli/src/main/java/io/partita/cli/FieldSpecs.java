package io.partita.cli;

import io.partita.model.DataType;
import io.partita.param.collection.FieldType;
import java.util.Locale;

/** Parses milvus_cli field specs: {@code name:TYPE[:DIM|MAX_LENGTH]}; TYPE as INT64, FLOAT_VECTOR, VARCHAR... */
final class FieldSpecs {
    private FieldSpecs() {}

    static FieldType parse(String spec, String primaryField, boolean autoId) {
        String[] parts = spec.split(":", -1);
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

    static DataType dataType(String text, String spec) {
        String wanted = text.replace("_", "").toLowerCase(Locale.ROOT);
        for (DataType t : DataType.values()) {
            if (t != DataType.None && t.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return t;
            }
        }
        throw new UsageException("-f type must be one of BOOL, INT8, INT16, INT32, INT64, FLOAT, DOUBLE, VARCHAR, "
                + "FLOAT_VECTOR, BINARY_VECTOR, got \"" + text + "\" in \"" + spec + "\"");
    }
}
