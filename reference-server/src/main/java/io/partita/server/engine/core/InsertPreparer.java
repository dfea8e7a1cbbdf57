package io.partita.server.engine.core;

import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.model.DataType;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.search.SparseVectors;
import io.partita.server.storage.Columns;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks an insert's columns against the schema and returns them in schema order, with
 * generated primary keys for autoID collections. Every column must hold the request's declared
 * {@code num_rows} (when declared) and as many rows as the others; Milvus's wording, read in
 * {@code internal/proxy/validate_util.go} ({@code checkAligned}). Every refusal names the field and value.
 */
final class InsertPreparer {
    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);

    private InsertPreparer() {}

    /**
     * @param declaredRows the request's {@code num_rows}, 0 when not declared
     * @param upsert an upsert must carry the primary key, also on autoID collections (where an
     *     insert must not)
     */
    static List<FieldColumn> prepare(
            LifecycleProfile profile,
            List<FieldSchema> fields,
            List<FieldColumn> given,
            long declaredRows,
            HybridClock clock,
            boolean upsert,
            java.time.ZoneId naiveZone) {
        if (given == null || given.isEmpty()) {
            throw profile.invalidParameter("no field data in the insert request");
        }
        Map<String, FieldColumn> byName = new HashMap<>();
        for (FieldColumn c : given) {
            if (byName.put(c.name(), c) != null) {
                throw profile.invalidParameter("duplicated field data: " + c.name());
            }
        }
        long rows = -1; // the request's num_rows when declared, else the first column's
        for (FieldColumn c : given) {
            FieldSchema f = null;
            for (FieldSchema s : fields) {
                if (s.name().equals(c.name())) {
                    f = s;
                }
            }
            if (f == null && c.name().equals(FieldSchema.DYNAMIC_FIELD_NAME)) {
                // Milvus 2.3 proxy, verifyDynamicFieldData (internal/proxy/util.go)
                throw profile.invalidParameter("without dynamic schema enabled, the field name cannot be set to "
                        + FieldSchema.DYNAMIC_FIELD_NAME);
            }
            if (f == null) {
                throw profile.invalidParameter("field " + c.name() + " does not exist in the collection schema");
            }
            if (f.bm25Input() != null) {
                // Milvus counts a function's output as generated (internal/proxy/validate_util.go
                // checkFieldsDataBySchema): one given on top is one column too many
                throw profile.invalidParameter("more fieldData has pass in: invalid parameter[expected="
                        + expectedColumns(fields) + "][actual=" + actualColumns(fields, given, upsert) + "]");
            }
            if (f.primaryKey() && f.autoId() && !upsert) {
                throw profile.autoIdKeyGiven(f.name(), expectedColumns(fields), actualColumns(fields, given, upsert));
            }
            if (rows < 0) {
                rows = declaredRows > 0 ? declaredRows : c.rowCount();
            }
            if (c.rowCount() != rows) {
                throw profile.invalidParameter("the num_rows (" + c.rowCount() + ") of field (" + c.name()
                        + ") is not equal to passed num_rows (" + rows + ")");
            }
            if (f.dataType().isVector() && c.type() == f.dataType() && allNull(c)) {
                // a vector column of null rows only carries no vectors (pymilvus sends not even the
                // dim): its placeholders take the schema's dim
                c = Columns.zeros(f.name(), f.dataType(), f.dim(), c.rowCount()).withValid(c.valid());
            }
            c = TypedText.read(profile, f, c, naiveZone);
            check(profile, f, c);
            if (f.dataType() == DataType.JSON) {
                JsonChecks.check(profile, fields, f, c);
            }
            if (f.dataType() == DataType.ARRAY) {
                c = ArrayRules.checkRows(profile, f, c);
            }
            if (f.dataType() == DataType.STRUCT_ARRAY) {
                c = StructRules.checkRows(profile, f, c);
            }
            byName.put(c.name(), NullValues.normalize(profile, f, c));
        }
        if (rows <= 0) {
            throw profile.invalidParameter(
                    "the number of rows to insert must be greater than 0, got " + Math.max(rows, 0));
        }
        List<FieldColumn> out = new ArrayList<>(fields.size());
        for (FieldSchema f : fields) {
            FieldColumn c = byName.get(f.name());
            if (c == null) {
                if (f.primaryKey() && upsert) {
                    throw profile.invalidParameter("must assign pk when upsert, primary field: " + f.name());
                }
                if (f.primaryKey() && f.autoId()) {
                    long first = clock.reserve((int) rows);
                    long[] ids = new long[(int) rows];
                    for (int i = 0; i < rows; i++) {
                        ids[i] = first + i;
                    }
                    // a VARCHAR key gets the same unique numbers as text, as Milvus does
                    c = f.dataType() == DataType.VARCHAR
                            ? FieldColumn.varchars(
                                    f.name(),
                                    Arrays.stream(ids).mapToObj(Long::toString).toList())
                            : FieldColumn.longs(f.name(), ids);
                } else if (f.bm25Input() != null) {
                    FieldColumn text = byName.get(f.bm25Input());
                    if (text == null) {
                        continue; // refused below when the input field comes by
                    }
                    c = TextFields.fill(profile, fields, f, text);
                } else if (f.optional()) {
                    c = NullValues.omitted(f, (int) rows);
                } else if (f.dynamic()) {
                    byte[][] empty = new byte[(int) rows][];
                    Arrays.fill(empty, EMPTY_OBJECT);
                    c = FieldColumn.jsons(f.name(), empty);
                } else {
                    throw profile.invalidParameter(
                            "fieldSchema(" + f.name() + ") has no corresponding fieldData pass in");
                }
            }
            out.add(c);
        }
        return out;
    }

    /** checkFieldsDataBySchema's expected count: the schema's columns, the dynamic field not counted. */
    private static long expectedColumns(List<FieldSchema> fields) {
        return fields.stream().filter(s -> !s.dynamic()).count();
    }

    /**
     * checkFieldsDataBySchema's actual count: the columns given (the dynamic one not counted) plus
     * the ones the server generates (BM25 outputs; an auto_id key on insert, counted even when given).
     */
    private static long actualColumns(List<FieldSchema> fields, List<FieldColumn> given, boolean upsert) {
        long generated = fields.stream()
                .filter(s -> s.bm25Input() != null || (s.primaryKey() && s.autoId() && !upsert))
                .count();
        long dynamic = given.stream()
                .filter(c -> c.name().equals(FieldSchema.DYNAMIC_FIELD_NAME))
                .count();
        return given.size() - dynamic + generated;
    }

    private static boolean allNull(FieldColumn c) {
        if (c.valid() == null) {
            return false;
        }
        for (boolean v : c.valid()) {
            if (v) {
                return false;
            }
        }
        return true;
    }

    private static void check(LifecycleProfile profile, FieldSchema f, FieldColumn c) {
        DataType want = f.dataType();
        boolean sameType = c.type() == want;
        if (!sameType) {
            throw profile.invalidParameter(
                    "The data type of field " + f.name() + " doesn't match, expected: " + want + ", got " + c.type());
        }
        if (want == DataType.SPARSE_FLOAT_VECTOR) {
            for (int row = 0; row < c.rowCount(); row++) {
                if (c.isNull(row)) {
                    continue;
                }
                String bad = SparseVectors.check(c.sparseRows()[row]);
                if (bad != null) {
                    throw profile.invalidParameter(bad + " (field " + f.name() + ", row " + row + ")");
                }
            }
            return;
        }
        if (want.isVector() && c.dim() != f.dim()) {
            long perRow = want == DataType.FLOAT16_VECTOR || want == DataType.BFLOAT16_VECTOR ? 2L : 1L;
            throw profile.vectorDimMismatch(f.name(), want, c.dim(), f.dim(), (long) c.rowCount() * c.dim() * perRow);
        }
        if (want == DataType.FLOAT_VECTOR) {
            for (float v : c.vectorFloats()) {
                if (Float.isNaN(v) || Float.isInfinite(v)) {
                    // typeutil.VerifyFloat's text, Go's %f of the value
                    String go = Float.isNaN(v) ? "NaN" : v > 0 ? "+Inf" : "-Inf";
                    throw profile.invalidParameter(
                            "value '" + go + "' is not a number or infinity (float vector field " + f.name() + ")");
                }
            }
        }
        if (want == DataType.VARCHAR) {
            int max = Integer.parseInt(f.typeParams().getOrDefault("max_length", "65535"));
            String[] values = c.strings();
            for (int row = 0; row < values.length; row++) {
                String s = values[row];
                if (s == null) {
                    throw profile.invalidParameter("varchar field " + f.name() + " contains a null value");
                }
                int len = s.getBytes(StandardCharsets.UTF_8).length;
                if (len > max) {
                    // checkVarCharFieldData's text (internal/proxy/validate_util.go)
                    throw profile.invalidParameter("length of varchar field " + f.name() + " exceeds max length, row"
                            + " number: " + row + ", length: " + len + ", max length: " + max);
                }
            }
        }
        if (want == DataType.INT8 || want == DataType.INT16) {
            int lo = want == DataType.INT8 ? Byte.MIN_VALUE : Short.MIN_VALUE;
            int hi = want == DataType.INT8 ? Byte.MAX_VALUE : Short.MAX_VALUE;
            for (int v : c.ints()) {
                if (v < lo || v > hi) {
                    throw profile.invalidParameter(
                            "value " + v + " of field " + f.name() + " is out of range for " + want);
                }
            }
        }
    }
}
