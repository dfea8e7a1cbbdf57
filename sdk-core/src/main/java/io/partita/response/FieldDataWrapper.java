package io.partita.response;

import io.partita.model.DataType;
import io.partita.model.FieldData;
import java.util.List;
import java.util.Objects;

/** Reads one column of {@link FieldData}. Immutable. */
public final class FieldDataWrapper {
    private final FieldData fieldData;

    /** @param fieldData the column */
    public FieldDataWrapper(FieldData fieldData) {
        this.fieldData = Objects.requireNonNull(fieldData, "fieldData");
    }

    /** @return whether the column holds vectors */
    public boolean isVectorField() {
        return fieldData.getType() == DataType.FloatVector || fieldData.getType() == DataType.BinaryVector;
    }

    /** @return the vector dimension; 0 for scalars */
    public int getDim() {
        return fieldData.getDim();
    }

    /** @return the number of rows */
    public long getRowCount() {
        return fieldData.getRowCount();
    }

    /**
     * @return the values: {@code List<List<Float>>} for float vectors, {@code List<ByteBuffer>} for
     *     binary vectors, otherwise the scalar values (see {@link FieldData})
     */
    public List<?> getFieldData() {
        return fieldData.getValues();
    }

    /** @return the field name */
    public String getFieldName() {
        return fieldData.getFieldName();
    }

    @Override
    public String toString() {
        return "FieldDataWrapper{" + fieldData + "}";
    }
}
