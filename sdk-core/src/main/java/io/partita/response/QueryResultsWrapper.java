package io.partita.response;

import io.partita.exception.ParamException;
import io.partita.model.FieldData;
import io.partita.model.QueryResults;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads the columns of {@link QueryResults}. Immutable. */
public final class QueryResultsWrapper {
    private final QueryResults results;

    /** @param results the answer to Query */
    public QueryResultsWrapper(QueryResults results) {
        this.results = Objects.requireNonNull(results, "results");
    }

    /**
     * @param fieldName an output field
     * @return its column
     * @throws ParamException when the results have no such column
     */
    public FieldDataWrapper getFieldWrapper(String fieldName) {
        for (FieldData data : results.getFieldsDataList()) {
            if (data.getFieldName().equals(fieldName)) {
                return new FieldDataWrapper(data);
            }
        }
        throw new ParamException("fieldName: the query results have no column " + fieldName);
    }

    /** @return the number of rows (of the first column; 0 when none) */
    public long getRowCount() {
        return results.getFieldsDataCount() == 0 ? 0 : results.getFieldsData(0).getRowCount();
    }

    /**
     * @return one record per row, output field name to value (the values as {@link
     *     FieldDataWrapper#getFieldData()} holds them); a new unmodifiable list
     */
    public List<RowRecord> getRowRecords() {
        long count = getRowCount();
        List<RowRecord> rows = new ArrayList<>((int) count);
        for (int i = 0; i < count; i++) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (FieldData data : results.getFieldsDataList()) {
                values.put(data.getFieldName(), data.getValues().get(i));
            }
            rows.add(new RowRecord(values));
        }
        return Collections.unmodifiableList(rows);
    }

    @Override
    public String toString() {
        return "QueryResults{columns:" + results.getFieldsDataCount() + ", rows:" + getRowCount() + "}";
    }

    /**
     * One row of a query's (or an iterator page's) answer: field name to value. Immutable and
     * thread-safe, unlike the official client's record (which has a public {@code put}): records
     * come only from answers.
     */
    public static final class RowRecord {
        private final Map<String, Object> fieldValues;

        RowRecord(Map<String, Object> fieldValues) {
            this.fieldValues = Collections.unmodifiableMap(new LinkedHashMap<>(fieldValues));
        }

        /**
         * Makes a record of the given values (in iteration order); for tests and adapters.
         *
         * @param fieldValues field name to value; copied
         * @return the record
         */
        public static RowRecord of(Map<String, Object> fieldValues) {
            return new RowRecord(Objects.requireNonNull(fieldValues, "fieldValues"));
        }

        /** @return field name to value, in the answer's column order; unmodifiable */
        public Map<String, Object> getFieldValues() {
            return fieldValues;
        }

        /**
         * @param keyName a field name
         * @return whether the record has that field
         */
        public boolean contains(String keyName) {
            return fieldValues.containsKey(keyName);
        }

        /**
         * @param keyName a field name
         * @return its value
         * @throws ParamException with the official client's texts: "This record is empty" or
         *     "The key name is not found"
         */
        public Object get(String keyName) {
            // texts of milvus-sdk-java's QueryResultsWrapper.RowRecord.get
            if (fieldValues.isEmpty()) {
                throw new ParamException("This record is empty");
            }
            if (!fieldValues.containsKey(keyName)) {
                throw new ParamException("The key name is not found");
            }
            return fieldValues.get(keyName);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof RowRecord && ((RowRecord) o).fieldValues.equals(fieldValues);
        }

        @Override
        public int hashCode() {
            return fieldValues.hashCode();
        }

        @Override
        public String toString() {
            List<String> pairs = new ArrayList<>();
            fieldValues.forEach((k, v) -> pairs.add(k + ":" + v));
            return pairs.toString();
        }
    }
}
