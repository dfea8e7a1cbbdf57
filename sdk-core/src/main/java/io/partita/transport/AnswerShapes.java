package io.partita.transport;

import io.partita.model.DataType;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Transport-neutral reshaping of answer values, done here once so that every transport only
 * parses its wire format: column data types and vector columns cut into rows (SEAM.md, "Value
 * shapes": {@code List<Float>} per float-vector row, a read-only {@link ByteBuffer} per
 * binary-vector row). Stateless.
 */
public final class AnswerShapes {
    private AnswerShapes() {}

    /**
     * @param number a column's protocol data-type number
     * @return its type; {@link DataType#None} for a number this SDK does not know
     */
    public static DataType dataType(int number) {
        DataType type = DataType.forNumber(number);
        return type == null ? DataType.None : type;
    }

    /**
     * Cuts a flat float-vector column into rows of {@code dim} floats; a trailing partial row is
     * dropped, and nothing is returned for {@code dim <= 0}.
     *
     * @param flat the column's floats, row after row
     * @param dim the vector dimension
     * @return one unmodifiable {@code List<Float>} per row
     */
    public static List<Object> floatRows(List<Float> flat, int dim) {
        List<Object> rows = new ArrayList<>();
        for (int from = 0; dim > 0 && from + dim <= flat.size(); from += dim) {
            rows.add(List.copyOf(flat.subList(from, from + dim)));
        }
        return rows;
    }

    /**
     * Cuts a flat binary-vector column into rows of {@code dim / 8} bytes; a trailing partial row
     * is dropped, and nothing is returned for {@code dim < 8}.
     *
     * @param flat the column's bytes, row after row; not copied, so the caller hands over a fresh array
     * @param dim the vector dimension in bits
     * @return one read-only {@link ByteBuffer} per row
     */
    public static List<Object> binaryRows(byte[] flat, int dim) {
        int rowBytes = dim / 8;
        List<Object> rows = new ArrayList<>();
        for (int from = 0; rowBytes > 0 && from + rowBytes <= flat.length; from += rowBytes) {
            rows.add(ByteBuffer.wrap(flat, from, rowBytes).slice().asReadOnlyBuffer());
        }
        return rows;
    }

    /**
     * Puts {@code null} in the rows the validity flags of a nullable column mark invalid. Milvus
     * answers with a value (a zero) for every row; a client may send the valid rows' values only:
     * both are read.
     *
     * @param values the column's values as sent
     * @param valid one flag per row
     * @return one value per row, {@code null} where the flag is false
     */
    public static List<Object> withNulls(List<?> values, List<Boolean> valid) {
        boolean compact = values.size() < valid.size();
        List<Object> rows = new ArrayList<>(valid.size());
        int next = 0;
        for (int row = 0; row < valid.size(); row++) {
            boolean has = valid.get(row);
            Object value = compact ? (has && next < values.size() ? values.get(next++) : null) : values.get(row);
            rows.add(has ? value : null);
        }
        return rows;
    }
}
