package io.partita.response;

import io.partita.exception.ParamException;
import io.partita.model.FieldData;
import io.partita.model.IDs;
import io.partita.model.SearchResultData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Reads {@link SearchResultData} per query vector ("target"): ids with scores, and output fields.
 * Immutable.
 */
public final class SearchResultsWrapper {
    private final SearchResultData results;

    /** @param results {@code searchResults.getResults()} */
    public SearchResultsWrapper(SearchResultData results) {
        this.results = Objects.requireNonNull(results, "results");
    }

    /** @return the number of query vectors */
    public long getNumQueries() {
        return results.getNumQueries();
    }

    /**
     * @param indexOfTarget which query vector, from 0
     * @return its hits, best first
     * @throws ParamException when the index is out of range
     */
    public List<IDScore> getIDScore(int indexOfTarget) {
        long[] range = range(indexOfTarget);
        List<IDScore> list = new ArrayList<>();
        IDs ids = results.getIds();
        for (int i = (int) range[0]; i < range[1]; i++) {
            float score = i < results.getScoresCount() ? results.getScores(i) : 0f;
            if (ids != null && ids.hasStrId()) {
                list.add(new IDScore(ids.getStrId().getData(i), 0, score));
            } else if (ids != null && ids.hasIntId()) {
                list.add(new IDScore("", ids.getIntId().getData(i), score));
            }
        }
        return Collections.unmodifiableList(list);
    }

    /**
     * @param fieldName an output field
     * @param indexOfTarget which query vector, from 0
     * @return that field's values for the hits of that query, one per hit (a {@code List<Float>}
     *     per hit for a float vector field), as the official SDK's {@code List<?>}
     * @throws ParamException when the field or index is unknown
     */
    public List<?> getFieldData(String fieldName, int indexOfTarget) {
        long[] range = range(indexOfTarget);
        for (FieldData data : results.getFieldsDataList()) {
            if (data.getFieldName().equals(fieldName)) {
                FieldData slice = FieldData.newBuilder()
                        .setFieldName(data.getFieldName())
                        .setFieldId(data.getFieldId())
                        .setType(data.getType())
                        .setDim(data.getDim())
                        .addAllValues(
                                data.getValues().subList((int) range[0], (int) Math.min(range[1], data.getRowCount())))
                        .build();
                return new FieldDataWrapper(slice).getFieldData();
            }
        }
        throw new ParamException("fieldName: the search results have no output field " + fieldName);
    }

    /** @return [start, end) of the hits of one query in the flattened lists */
    private long[] range(int indexOfTarget) {
        if (indexOfTarget < 0 || indexOfTarget >= results.getNumQueries()) {
            throw new ParamException(
                    "indexOfTarget must be between 0 and " + (results.getNumQueries() - 1) + ", got " + indexOfTarget);
        }
        long start = 0;
        for (int i = 0; i < indexOfTarget; i++) {
            start += topk(i);
        }
        return new long[] {start, start + topk(indexOfTarget)};
    }

    private long topk(int i) {
        return i < results.getTopksCount() ? results.getTopks(i) : results.getTopK();
    }

    /** One hit: its primary key (integer or string) and score. Immutable. */
    public static final class IDScore {
        private final String strID;
        private final long longID;
        private final float score;

        IDScore(String strID, long longID, float score) {
            this.strID = strID;
            this.longID = longID;
            this.score = score;
        }

        /** @return the string key; empty when keys are integers */
        public String getStrID() {
            return strID;
        }
        /** @return the integer key; 0 when keys are strings */
        public long getLongID() {
            return longID;
        }
        /** @return the distance or similarity */
        public float getScore() {
            return score;
        }

        @Override
        public String toString() {
            return strID.isEmpty()
                    ? "(ID: " + longID + " Score: " + score + ")"
                    : "(ID: '" + strID + "' Score: " + score + ")";
        }
    }
}
