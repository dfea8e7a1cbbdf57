package io.partita.response;

import io.partita.model.GetCollectionStatisticsResponse;
import java.util.Objects;

/** Reads the row count of a collection's statistics. Immutable. */
public final class GetCollStatResponseWrapper {
    private final GetCollectionStatisticsResponse response;

    /** @param response the answer to GetCollectionStatistics */
    public GetCollStatResponseWrapper(GetCollectionStatisticsResponse response) {
        this.response = Objects.requireNonNull(response, "response");
    }

    /**
     * @return the {@code row_count} statistic; 0 when absent
     * @throws NumberFormatException when the server sent a non-number
     */
    public long getRowCount() {
        return Stats.rowCount(response.getStatsList());
    }

    @Override
    public String toString() {
        return "Collection statistics{row_count:" + getRowCount() + "}";
    }
}
