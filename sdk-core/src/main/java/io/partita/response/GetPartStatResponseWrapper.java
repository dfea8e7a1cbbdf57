package io.partita.response;

import io.partita.model.GetPartitionStatisticsResponse;
import java.util.Objects;

/** Reads the row count of a partition's statistics. Immutable. */
public final class GetPartStatResponseWrapper {
    private final GetPartitionStatisticsResponse response;

    /** @param response the answer to GetPartitionStatistics */
    public GetPartStatResponseWrapper(GetPartitionStatisticsResponse response) {
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
        return "Partition statistics{row_count:" + getRowCount() + "}";
    }
}
