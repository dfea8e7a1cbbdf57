package io.partita.server.storage;

import io.partita.server.model.DataType;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Column helpers: concatenation, row selection and empty columns. */
public final class Columns {
    private Columns() {}

    /** Concatenates columns of one field, in order; all must have the same type and dim. */
    public static FieldColumn concat(List<FieldColumn> parts) {
        FieldColumn first = parts.get(0);
        if (parts.size() == 1) {
            return first;
        }
        int rows = 0;
        for (FieldColumn p : parts) {
            rows += p.rowCount();
        }
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        return select(parts, order);
    }

    /**
     * A column of the rows at {@code rows} (global indexes across {@code parts}, in that order);
     * validity masks are carried along.
     */
    public static FieldColumn select(List<FieldColumn> parts, int[] rows) {
        FieldColumn values = selectValues(parts, rows);
        boolean anyMask = false;
        for (FieldColumn p : parts) {
            anyMask |= p.valid() != null;
        }
        if (!anyMask) {
            return values;
        }
        int[] starts = new int[parts.size() + 1];
        for (int i = 0; i < parts.size(); i++) {
            starts[i + 1] = starts[i] + parts.get(i).rowCount();
        }
        boolean[] valid = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            int p = part(starts, rows[i]);
            valid[i] = !parts.get(p).isNull(rows[i] - starts[p]);
        }
        return values.withValid(valid);
    }

    /**
     * Spreads {@code compact} (the values of the valid rows only, as clients send nullable
     * fields) over {@code valid.length} rows; null rows get a placeholder value.
     */
    public static FieldColumn expand(FieldColumn compact, boolean[] valid) {
        int n = valid.length;
        if (compact.rowCount() == 0) {
            return zeros(compact.name(), compact.type(), compact.dim(), n).withValid(valid);
        }
        // a null vector row holds a zero (empty sparse) placeholder; a null scalar a copy of row 0
        boolean vector = compact.type().isVector();
        List<FieldColumn> parts =
                vector ? List.of(compact, zeros(compact.name(), compact.type(), compact.dim(), 1)) : List.of(compact);
        int placeholder = vector ? compact.rowCount() : 0;
        int[] rows = new int[n];
        int next = 0;
        for (int i = 0; i < n; i++) {
            rows[i] = valid[i] ? next++ : placeholder;
        }
        return selectValues(parts, rows).withValid(valid);
    }

    /**
     * The valid rows of {@code c} only, without a validity mask: how a nullable vector column
     * travels on the wire (the inverse of {@link #expand}); {@code c} itself when it has no mask.
     */
    public static FieldColumn compact(FieldColumn c) {
        boolean[] valid = c.valid();
        if (valid == null) {
            return c;
        }
        int n = 0;
        for (boolean v : valid) {
            n += v ? 1 : 0;
        }
        if (n == 0) {
            return zeros(c.name(), c.type(), c.dim(), 0);
        }
        int[] rows = new int[n];
        int at = 0;
        for (int i = 0; i < valid.length; i++) {
            if (valid[i]) {
                rows[at++] = i;
            }
        }
        return selectValues(List.of(c), rows);
    }

    /**
     * A column of {@code n} zero values (false, 0, "", {}, zero vectors, empty sparse rows) of this
     * type.
     */
    public static FieldColumn zeros(String name, DataType type, int dim, int n) {
        if (type.storage() != type) {
            return zeros(name, type.storage(), dim, n).as(type);
        }
        switch (type) {
            case BOOL:
                return FieldColumn.bools(name, new boolean[n]);
            case INT8:
            case INT16:
            case INT32:
                return FieldColumn.ints(name, type, new int[n]);
            case INT64:
                return FieldColumn.longs(name, new long[n]);
            case FLOAT:
                return FieldColumn.floats(name, new float[n]);
            case DOUBLE:
                return FieldColumn.doubles(name, new double[n]);
            case VARCHAR:
                return FieldColumn.varchars(name, java.util.Collections.nCopies(n, ""));
            case JSON: {
                byte[][] v = new byte[n][];
                Arrays.fill(v, new byte[] {'{', '}'});
                return FieldColumn.jsons(name, v);
            }
            case ARRAY: {
                byte[][] v = new byte[n][];
                Arrays.fill(v, new byte[] {'[', ']'});
                return FieldColumn.arrays(name, DataType.fromNumber(dim), v);
            }
            case FLOAT_VECTOR:
                // the placeholder of a null vector row: never searched, indexed nor answered
                return FieldColumn.floatVectors(name, dim, new float[Math.multiplyExact(n, dim)]);
            case BINARY_VECTOR:
            case FLOAT16_VECTOR:
            case BFLOAT16_VECTOR:
            case INT8_VECTOR:
                return FieldColumn.byteVectors(name, type, dim, new byte[Math.multiplyExact(n, type.rowBytes(dim))]);
            case SPARSE_FLOAT_VECTOR: {
                byte[][] v = new byte[n][];
                Arrays.fill(v, new byte[0]);
                return FieldColumn.sparseVectors(name, v);
            }
            default:
                throw new IllegalStateException("no zero value for " + type);
        }
    }

    private static FieldColumn selectValues(List<FieldColumn> parts, int[] rows) {
        FieldColumn first = parts.get(0);
        if (first.type().storage() != first.type()) {
            List<FieldColumn> stored = new ArrayList<>(parts.size());
            for (FieldColumn p : parts) {
                stored.add(p.as(first.type().storage()));
            }
            return selectValues(stored, rows).as(first.type());
        }
        int[] starts = new int[parts.size() + 1];
        for (int i = 0; i < parts.size(); i++) {
            starts[i + 1] = starts[i] + parts.get(i).rowCount();
        }
        int n = rows.length;
        String name = first.name();
        switch (first.type()) {
            case BOOL: {
                boolean[] out = new boolean[n];
                for (int i = 0; i < n; i++) {
                    int p = part(starts, rows[i]);
                    out[i] = parts.get(p).bools()[rows[i] - starts[p]];
                }
                return FieldColumn.bools(name, out);
            }
            case INT8:
            case INT16:
            case INT32: {
                int[] out = new int[n];
                for (int i = 0; i < n; i++) {
                    int p = part(starts, rows[i]);
                    out[i] = parts.get(p).ints()[rows[i] - starts[p]];
                }
                return FieldColumn.ints(name, first.type(), out);
            }
            case INT64: {
                long[] out = new long[n];
                for (int i = 0; i < n; i++) {
                    int p = part(starts, rows[i]);
                    out[i] = parts.get(p).longs()[rows[i] - starts[p]];
                }
                return FieldColumn.longs(name, out);
            }
            case FLOAT: {
                float[] out = new float[n];
                for (int i = 0; i < n; i++) {
                    int p = part(starts, rows[i]);
                    out[i] = parts.get(p).floats()[rows[i] - starts[p]];
                }
                return FieldColumn.floats(name, out);
            }
            case DOUBLE: {
                double[] out = new double[n];
                for (int i = 0; i < n; i++) {
                    int p = part(starts, rows[i]);
                    out[i] = parts.get(p).doubles()[rows[i] - starts[p]];
                }
                return FieldColumn.doubles(name, out);
            }
            case VARCHAR: {
                List<String> out = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    int p = part(starts, rows[i]);
                    out.add(parts.get(p).strings()[rows[i] - starts[p]]);
                }
                return FieldColumn.varchars(name, out);
            }
            case JSON:
            case ARRAY:
            case SPARSE_FLOAT_VECTOR: {
                byte[][] out = new byte[n][];
                for (int i = 0; i < n; i++) {
                    int p = part(starts, rows[i]);
                    out[i] = parts.get(p).jsonBytes()[rows[i] - starts[p]];
                }
                if (first.type() == DataType.SPARSE_FLOAT_VECTOR) {
                    return FieldColumn.sparseVectors(name, out);
                }
                return first.type() == DataType.ARRAY
                        ? FieldColumn.arrays(name, DataType.fromNumber(first.dim()), out)
                        : FieldColumn.jsons(name, out);
            }
            case FLOAT_VECTOR: {
                int dim = first.dim();
                float[] out = new float[n * dim];
                for (int i = 0; i < n; i++) {
                    int p = part(starts, rows[i]);
                    java.nio.FloatBuffer mapped = parts.get(p).mapped();
                    if (mapped != null) {
                        mapped.get((rows[i] - starts[p]) * dim, out, i * dim, dim);
                    } else {
                        System.arraycopy(parts.get(p).vectorFloats(), (rows[i] - starts[p]) * dim, out, i * dim, dim);
                    }
                }
                return FieldColumn.floatVectors(name, dim, out);
            }
            case BINARY_VECTOR:
            case FLOAT16_VECTOR:
            case BFLOAT16_VECTOR:
            case INT8_VECTOR: {
                int dim = first.dim();
                int bytes = first.type().rowBytes(dim);
                byte[] out = new byte[n * bytes];
                for (int i = 0; i < n; i++) {
                    int p = part(starts, rows[i]);
                    System.arraycopy(parts.get(p).vectorBytes(), (rows[i] - starts[p]) * bytes, out, i * bytes, bytes);
                }
                return FieldColumn.byteVectors(name, first.type(), dim, out);
            }
            default:
                throw new IllegalStateException("unknown type " + first.type());
        }
    }

    private static int part(int[] starts, int row) {
        int i = Arrays.binarySearch(starts, row);
        if (i >= 0) {
            // row is the first of part i; skip empty parts
            while (i + 1 < starts.length && starts[i + 1] == row) {
                i++;
            }
            return i;
        }
        return -i - 2;
    }

    /** An empty column of this type. */
    public static FieldColumn empty(String name, DataType type, int dim) {
        if (type.storage() != type) {
            return empty(name, type.storage(), dim).as(type);
        }
        switch (type) {
            case BOOL:
                return FieldColumn.bools(name, new boolean[0]);
            case INT8:
            case INT16:
            case INT32:
                return FieldColumn.ints(name, type, new int[0]);
            case INT64:
                return FieldColumn.longs(name, new long[0]);
            case FLOAT:
                return FieldColumn.floats(name, new float[0]);
            case DOUBLE:
                return FieldColumn.doubles(name, new double[0]);
            case VARCHAR:
                return FieldColumn.varchars(name, List.of());
            case JSON:
                return FieldColumn.jsons(name, new byte[0][]);
            case ARRAY:
                return FieldColumn.arrays(name, DataType.fromNumber(dim), new byte[0][]);
            case FLOAT_VECTOR:
                return FieldColumn.floatVectors(name, dim, new float[0]);
            case BINARY_VECTOR:
            case FLOAT16_VECTOR:
            case BFLOAT16_VECTOR:
            case INT8_VECTOR:
                return FieldColumn.byteVectors(name, type, dim, new byte[0]);
            case SPARSE_FLOAT_VECTOR:
                return FieldColumn.sparseVectors(name, new byte[0][]);
            default:
                throw new IllegalStateException("unknown type " + type);
        }
    }

    /**
     * The column of an optional field for {@code n} rows that carry no value for it: an insert
     * that left it out, or rows stored before AddCollectionField added it. Its default value where
     * it has one (valid), else null (a zero placeholder, marked invalid).
     */
    public static FieldColumn absent(FieldSchema f, int n) {
        if (f.defaultValue() != null) {
            FieldColumn d = constant(f, n);
            if (!f.nullable()) {
                return d;
            }
            boolean[] valid = new boolean[n];
            Arrays.fill(valid, true);
            return d.withValid(valid);
        }
        return zeros(f.name(), f.dataType(), f.columnDim(), n).withValid(new boolean[n]);
    }

    private static FieldColumn constant(FieldSchema f, int n) {
        Object v = f.defaultValue();
        switch (f.dataType().storage()) {
            case BOOL: {
                boolean[] a = new boolean[n];
                Arrays.fill(a, (Boolean) v);
                return FieldColumn.bools(f.name(), a);
            }
            case INT8:
            case INT16:
            case INT32: {
                int[] a = new int[n];
                Arrays.fill(a, ((Long) v).intValue());
                return FieldColumn.ints(f.name(), f.dataType(), a);
            }
            case INT64: {
                long[] a = new long[n];
                Arrays.fill(a, (Long) v);
                return FieldColumn.longs(f.name(), a).as(f.dataType());
            }
            case FLOAT: {
                float[] a = new float[n];
                Arrays.fill(a, ((Double) v).floatValue());
                return FieldColumn.floats(f.name(), a);
            }
            case DOUBLE: {
                double[] a = new double[n];
                Arrays.fill(a, (Double) v);
                return FieldColumn.doubles(f.name(), a);
            }
            default:
                return FieldColumn.varchars(f.name(), new ArrayList<>(java.util.Collections.nCopies(n, (String) v)))
                        .as(f.dataType());
        }
    }
}
