package io.partita.server.grpc;

import com.google.protobuf.ByteString;
import com.google.protobuf.Internal;
import io.partita.server.model.DataType;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.storage.Columns;
import io.partita.wire.BoolArray;
import io.partita.wire.DoubleArray;
import io.partita.wire.FieldData;
import io.partita.wire.FloatArray;
import io.partita.wire.IDs;
import io.partita.wire.IntArray;
import io.partita.wire.JSONArray;
import io.partita.wire.LongArray;
import io.partita.wire.ScalarField;
import io.partita.wire.SparseFloatArray;
import io.partita.wire.StringArray;
import io.partita.wire.VectorField;
import java.util.Arrays;
import java.util.List;

/**
 * Converts {@code schema.FieldData} columns to and from the engine's {@link FieldColumn}.
 * Decoding failures are client mistakes and name the field; primitive lists are read without boxing.
 */
final class FieldDataCodec {
    private FieldDataCodec() {}

    static FieldColumn toColumn(FieldData fd) {
        String name = fd.getFieldName();
        if (fd.getIsDynamic() && name.isEmpty()) {
            // milvus-sdk-java 2.6 (MilvusClientV2 insert/upsert of rows with extra keys) sends the
            // dynamic column flagged is_dynamic and unnamed; Milvus takes it as the $meta field
            name = io.partita.server.model.FieldSchema.DYNAMIC_FIELD_NAME;
        }
        DataType type = DataType.fromNumber(fd.getTypeValue());
        if (type == null) {
            throw Statuses.invalid("field " + name + ": data type " + fd.getType() + " is not supported");
        }
        try {
            if (type == DataType.STRUCT_ARRAY) {
                return StructCodec.toColumn(name, fd);
            }
            boolean noVectors = !fd.hasVectors() || fd.getVectors().getDataCase() == VectorField.DataCase.DATA_NOT_SET;
            if (type.isVector()
                    && noVectors
                    && fd.getValidDataCount() > 0
                    && !fd.getValidDataList().contains(true)) {
                // every row null: pymilvus then sends no vectors (a column: not even the dim; rows of
                // float16/bfloat16/int8/binary: the dim alone); the engine gives the schema's dim
                return Columns.zeros(name, type, type == DataType.BINARY_VECTOR ? 8 : 1, fd.getValidDataCount())
                        .withValid(new boolean[fd.getValidDataCount()]);
            }
            FieldColumn c = type.isVector() ? vectorColumn(name, type, fd) : scalarColumn(name, type, fd);
            return fd.getValidDataCount() == 0 ? c : withValidity(c, fd.getValidDataList());
        } catch (IllegalArgumentException e) {
            throw Statuses.invalid("field " + name + ": " + e.getMessage());
        }
    }

    private static FieldColumn scalarColumn(String name, DataType type, FieldData fd) {
        ScalarField s = fd.getScalars();
        if (type.storage() != type) {
            return typedText(name, type, fd);
        }
        ScalarField.DataCase expected = switch (type) {
            case BOOL -> ScalarField.DataCase.BOOL_DATA;
            case INT8, INT16, INT32 -> ScalarField.DataCase.INT_DATA;
            case INT64 -> ScalarField.DataCase.LONG_DATA;
            case FLOAT -> ScalarField.DataCase.FLOAT_DATA;
            case DOUBLE -> ScalarField.DataCase.DOUBLE_DATA;
            case VARCHAR -> ScalarField.DataCase.STRING_DATA;
            case JSON -> ScalarField.DataCase.JSON_DATA;
            case ARRAY -> ScalarField.DataCase.ARRAY_DATA;
            default -> throw new IllegalStateException(type.toString());
        };
        if (!fd.hasScalars() || s.getDataCase() != expected) {
            throw new IllegalArgumentException("declared type " + fd.getType() + " but carries "
                    + (fd.hasScalars() ? s.getDataCase() : fd.getFieldCase()) + " data");
        }
        switch (type) {
            case BOOL: {
                List<Boolean> l = s.getBoolData().getDataList();
                boolean[] v = new boolean[l.size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = l.get(i);
                }
                return FieldColumn.bools(name, v);
            }
            case INT8:
            case INT16:
            case INT32: {
                List<Integer> l = s.getIntData().getDataList();
                int[] v = new int[l.size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = l.get(i);
                }
                return FieldColumn.ints(name, type, v);
            }
            case INT64:
                return FieldColumn.longs(name, longs(s.getLongData().getDataList()));
            case FLOAT:
                return FieldColumn.floats(name, floats(s.getFloatData().getDataList()));
            case DOUBLE: {
                List<Double> l = s.getDoubleData().getDataList();
                double[] v = new double[l.size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = l.get(i);
                }
                return FieldColumn.doubles(name, v);
            }
            case ARRAY:
                return ArrayCodec.toColumn(name, s.getArrayData());
            case JSON: {
                List<ByteString> l = s.getJsonData().getDataList();
                byte[][] v = new byte[l.size()][];
                for (int i = 0; i < v.length; i++) {
                    v[i] = l.get(i).toByteArray();
                }
                return FieldColumn.jsons(name, v);
            }
            default:
                return FieldColumn.varchars(name, s.getStringData().getDataList());
        }
    }

    /**
     * GEOMETRY and TIMESTAMPTZ columns in either form a client sends them: geometries as WKT
     * ({@code geometry_wkt_data}: pymilvus, milvus-sdk-java 2.6) or WKB ({@code geometry_data},
     * read here into WKT); instants as ISO 8601 text ({@code string_data}: pymilvus,
     * milvus-sdk-java 2.6), left as a VARCHAR column for the engine to read in the collection's
     * time zone, or as µs UTC ({@code timestamptz_data}).
     */
    private static FieldColumn typedText(String name, DataType type, FieldData fd) {
        ScalarField s = fd.getScalars();
        ScalarField.DataCase given = fd.hasScalars() ? s.getDataCase() : null;
        if (type == DataType.GEOMETRY && given == ScalarField.DataCase.GEOMETRY_WKT_DATA) {
            return FieldColumn.varchars(name, s.getGeometryWktData().getDataList())
                    .as(type);
        }
        if (type == DataType.GEOMETRY && given == ScalarField.DataCase.GEOMETRY_DATA) {
            List<ByteString> l = s.getGeometryData().getDataList();
            List<String> wkt = new java.util.ArrayList<>(l.size());
            for (int i = 0; i < l.size(); i++) {
                try {
                    wkt.add(io.partita.server.model.WellKnownText.fromWkb(
                            l.get(i).toByteArray()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("row " + i + ": " + e.getMessage());
                }
            }
            return FieldColumn.varchars(name, wkt).as(type);
        }
        if (type == DataType.TIMESTAMPTZ && given == ScalarField.DataCase.STRING_DATA) {
            return FieldColumn.varchars(name, s.getStringData().getDataList());
        }
        if (type == DataType.TIMESTAMPTZ && given == ScalarField.DataCase.TIMESTAMPTZ_DATA) {
            return FieldColumn.longs(name, longs(s.getTimestamptzData().getDataList()))
                    .as(type);
        }
        throw new IllegalArgumentException("declared type " + fd.getType() + " but carries "
                + (fd.hasScalars() ? s.getDataCase() : fd.getFieldCase()) + " data");
    }

    private static FieldColumn vectorColumn(String name, DataType type, FieldData fd) {
        VectorField v = fd.getVectors();
        VectorField.DataCase expected = vectorCase(type);
        if (!fd.hasVectors() || v.getDataCase() != expected) {
            throw new IllegalArgumentException("declared type " + fd.getType() + " but carries "
                    + (fd.hasVectors() ? v.getDataCase() : fd.getFieldCase()) + " data");
        }
        if (type == DataType.SPARSE_FLOAT_VECTOR) {
            List<ByteString> l = v.getSparseFloatVector().getContentsList();
            byte[][] rows = new byte[l.size()][];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = l.get(i).toByteArray();
            }
            return FieldColumn.sparseVectors(name, rows);
        }
        if (v.getDim() <= 0 || v.getDim() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("invalid dim " + v.getDim());
        }
        int dim = (int) v.getDim();
        switch (type) {
            case FLOAT_VECTOR:
                float[] flat = floats(v.getFloatVector().getDataList());
                if (flat.length % dim != 0) {
                    // funcutil.GetNumRowsOfFloatVectorField's wording
                    throw new IllegalArgumentException(
                            "the length(" + flat.length + ") of float data should divide the dim(" + dim + ")");
                }
                return FieldColumn.floatVectors(name, dim, flat);
            case BINARY_VECTOR:
                byte[] bits = v.getBinaryVector().toByteArray();
                if (dim % 8 == 0 && (8L * bits.length) % dim != 0) {
                    // funcutil.GetNumRowsOfBinaryVectorField's wording
                    throw new IllegalArgumentException(
                            "the num(" + 8L * bits.length + ") of all bits should divide the dim(" + dim + ")");
                }
                return FieldColumn.binaryVectors(name, dim, bits);
            default:
                return byteVectors(name, type, dim, vectorBytes(v, type));
        }
    }

    /**
     * FLOAT16/BFLOAT16/INT8 data whose length is not a whole number of rows: Milvus's wording in
     * {@code internal/proxy/util.go} ({@code GetNumRowsOfFloat16VectorField} and its siblings).
     */
    private static FieldColumn byteVectors(String name, DataType type, int dim, byte[] data) {
        if (data.length % type.rowBytes(dim) != 0) {
            String what = switch (type) {
                case FLOAT16_VECTOR -> "float16";
                case BFLOAT16_VECTOR -> "bfloat";
                default -> "int8";
            };
            throw new IllegalArgumentException(
                    "the length(" + data.length + ") of " + what + " data should divide the dim(" + dim + ")");
        }
        return FieldColumn.byteVectors(name, type, dim, data);
    }

    private static byte[] vectorBytes(VectorField v, DataType type) {
        return switch (type) {
            case FLOAT16_VECTOR -> v.getFloat16Vector().toByteArray();
            case BFLOAT16_VECTOR -> v.getBfloat16Vector().toByteArray();
            default -> v.getInt8Vector().toByteArray();
        };
    }

    private static VectorField.DataCase vectorCase(DataType type) {
        return switch (type) {
            case FLOAT_VECTOR -> VectorField.DataCase.FLOAT_VECTOR;
            case BINARY_VECTOR -> VectorField.DataCase.BINARY_VECTOR;
            case FLOAT16_VECTOR -> VectorField.DataCase.FLOAT16_VECTOR;
            case BFLOAT16_VECTOR -> VectorField.DataCase.BFLOAT16_VECTOR;
            case SPARSE_FLOAT_VECTOR -> VectorField.DataCase.SPARSE_FLOAT_VECTOR;
            default -> VectorField.DataCase.INT8_VECTOR;
        };
    }

    /**
     * Applies {@code valid_data}: values for every row (Milvus's own answers for scalars) or only
     * for the valid rows (how pymilvus sends nullable fields, and the only form of a nullable
     * vector column: Milvus's validate_util.go {@code getExpectedVectorRows}), spread out with
     * placeholders for null rows.
     */
    private static FieldColumn withValidity(FieldColumn c, List<Boolean> validList) {
        boolean[] valid = new boolean[validList.size()];
        int validRows = 0;
        for (int i = 0; i < valid.length; i++) {
            valid[i] = validList.get(i);
            validRows += valid[i] ? 1 : 0;
        }
        if (c.rowCount() == valid.length && (!c.type().isVector() || validRows == valid.length)) {
            return c.withValid(valid);
        }
        if (c.rowCount() == validRows) {
            return Columns.expand(c, valid);
        }
        if (c.type().isVector()) {
            // CheckAligned's text (internal/proxy/validate_util.go): a nullable vector column holds
            // the valid rows' vectors only
            throw new IllegalArgumentException("the num_rows (" + c.rowCount() + ") of field (" + c.name()
                    + ") is not equal to passed num_rows (" + validRows + ")");
        }
        throw new IllegalArgumentException("carries " + c.rowCount() + " values for " + valid.length
                + " rows of valid_data of which " + validRows + " are valid");
    }

    static long[] longs(List<Long> list) {
        long[] v = new long[list.size()];
        if (list instanceof Internal.LongList l) {
            for (int i = 0; i < v.length; i++) {
                v[i] = l.getLong(i);
            }
        } else {
            for (int i = 0; i < v.length; i++) {
                v[i] = list.get(i);
            }
        }
        return v;
    }

    static float[] floats(List<Float> list) {
        float[] v = new float[list.size()];
        if (list instanceof Internal.FloatList l) {
            for (int i = 0; i < v.length; i++) {
                v[i] = l.getFloat(i);
            }
        } else {
            for (int i = 0; i < v.length; i++) {
                v[i] = list.get(i);
            }
        }
        return v;
    }

    static FieldData toFieldData(FieldColumn c) {
        if (c.type() == DataType.STRUCT_ARRAY) {
            return StructCodec.toWire(c);
        }
        if (c.type().isVector() && c.valid() != null) {
            // a nullable vector column answers as Milvus 2.6 does: valid_data for every row, the
            // vectors of the valid rows only (pymilvus finds a row's vector by counting valid rows)
            FieldData compact = toFieldData(Columns.compact(c));
            FieldData.Builder b = compact.toBuilder().clearValidData();
            for (boolean v : c.valid()) {
                b.addValidData(v);
            }
            return b.build();
        }
        FieldData.Builder b = FieldData.newBuilder()
                .setFieldName(c.name())
                .setTypeValue(c.type().number());
        if (c.valid() != null) {
            for (boolean v : c.valid()) {
                b.addValidData(v);
            }
        }
        switch (c.type()) {
            case BOOL: {
                BoolArray.Builder a = BoolArray.newBuilder();
                for (boolean x : c.bools()) {
                    a.addData(x);
                }
                return b.setScalars(ScalarField.newBuilder().setBoolData(a)).build();
            }
            case INT8:
            case INT16:
            case INT32: {
                IntArray.Builder a = IntArray.newBuilder();
                for (int x : c.ints()) {
                    a.addData(x);
                }
                return b.setScalars(ScalarField.newBuilder().setIntData(a)).build();
            }
            case INT64:
                return b.setScalars(ScalarField.newBuilder().setLongData(longArray(c.longs())))
                        .build();
            case FLOAT:
                return b.setScalars(ScalarField.newBuilder().setFloatData(floatArray(c.floats())))
                        .build();
            case DOUBLE: {
                DoubleArray.Builder a = DoubleArray.newBuilder();
                for (double x : c.doubles()) {
                    a.addData(x);
                }
                return b.setScalars(ScalarField.newBuilder().setDoubleData(a)).build();
            }
            case VARCHAR:
                return b.setScalars(ScalarField.newBuilder()
                                .setStringData(StringArray.newBuilder().addAllData(Arrays.asList(c.strings()))))
                        .build();
            case ARRAY:
                return b.setScalars(ScalarField.newBuilder().setArrayData(ArrayCodec.toWire(c)))
                        .build();
            case GEOMETRY:
                // Milvus 2.6 answers geometries as WKT (proxy converts its stored WKB)
                return b.setScalars(ScalarField.newBuilder()
                                .setGeometryWktData(io.partita.wire.GeometryWktArray.newBuilder()
                                        .addAllData(Arrays.asList(c.strings()))))
                        .build();
            case TIMESTAMPTZ: {
                // Milvus 2.6 answers instants as UTC RFC 3339 text in string_data
                StringArray.Builder a = StringArray.newBuilder();
                for (long x : c.longs()) {
                    a.addData(io.partita.server.model.Timestamps.format(x));
                }
                return b.setScalars(ScalarField.newBuilder().setStringData(a)).build();
            }
            case JSON: {
                JSONArray.Builder a = JSONArray.newBuilder();
                for (byte[] x : c.jsonBytes()) {
                    a.addData(ByteString.copyFrom(x));
                }
                return b.setIsDynamic(c.name().equals(FieldSchema.DYNAMIC_FIELD_NAME))
                        .setScalars(ScalarField.newBuilder().setJsonData(a))
                        .build();
            }
            case FLOAT_VECTOR:
                return b.setVectors(
                                VectorField.newBuilder().setDim(c.dim()).setFloatVector(floatArray(c.vectorFloats())))
                        .build();
            case BINARY_VECTOR:
                return b.setVectors(VectorField.newBuilder()
                                .setDim(c.dim())
                                .setBinaryVector(ByteString.copyFrom(c.vectorBytes())))
                        .build();
            case FLOAT16_VECTOR:
            case BFLOAT16_VECTOR:
            case INT8_VECTOR: {
                VectorField.Builder v = VectorField.newBuilder().setDim(c.dim());
                ByteString bytes = ByteString.copyFrom(c.vectorBytes());
                switch (c.type()) {
                    case FLOAT16_VECTOR -> v.setFloat16Vector(bytes);
                    case BFLOAT16_VECTOR -> v.setBfloat16Vector(bytes);
                    default -> v.setInt8Vector(bytes);
                }
                return b.setVectors(v).build();
            }
            case SPARSE_FLOAT_VECTOR: {
                SparseFloatArray.Builder a = SparseFloatArray.newBuilder().setDim(c.dim());
                for (byte[] row : c.sparseRows()) {
                    a.addContents(ByteString.copyFrom(row));
                }
                return b.setVectors(VectorField.newBuilder().setDim(c.dim()).setSparseFloatVector(a))
                        .build();
            }
            default:
                throw new IllegalStateException("no wire encoding for " + c.type());
        }
    }

    /** Primary keys as {@code schema.IDs}: INT64 keys as int_id, VARCHAR keys as str_id. */
    static IDs toIds(FieldColumn keys) {
        if (keys == null) {
            return IDs.getDefaultInstance();
        }
        if (keys.type() == DataType.VARCHAR) {
            return IDs.newBuilder()
                    .setStrId(StringArray.newBuilder().addAllData(Arrays.asList(keys.strings())))
                    .build();
        }
        return IDs.newBuilder().setIntId(longArray(keys.longs())).build();
    }

    private static LongArray longArray(long[] values) {
        LongArray.Builder a = LongArray.newBuilder();
        for (long x : values) {
            a.addData(x);
        }
        return a.build();
    }

    private static FloatArray floatArray(float[] values) {
        FloatArray.Builder a = FloatArray.newBuilder();
        for (float x : values) {
            a.addData(x);
        }
        return a.build();
    }
}
