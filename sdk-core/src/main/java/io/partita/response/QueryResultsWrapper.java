package io.partita.response;

import io.partita.exception.ParamException;
import io.partita.model.FieldData;
import io.partita.model.QueryResults;
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

    @Override
    public String toString() {
        return "QueryResults{columns:" + results.getFieldsDataCount() + ", rows:" + getRowCount() + "}";
    }
}
