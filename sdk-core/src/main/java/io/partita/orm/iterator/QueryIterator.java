package io.partita.orm.iterator;

import io.partita.model.DataType;
import io.partita.model.FieldSchema;
import io.partita.model.QueryResults;
import io.partita.param.dml.QueryIteratorParam;
import io.partita.param.dml.QueryParam;
import io.partita.response.QueryResultsWrapper;
import io.partita.response.QueryResultsWrapper.RowRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads the rows matching a filter in primary-key order, a batch per {@link #next()} call, as
 * milvus-sdk-java 2.6's {@code QueryIterator} does (read there, orm/iterator/QueryIterator.java):
 * a first query of one row pins the server's snapshot ({@code session_ts}); every page then asks
 * for {@code pk > last} (and the filter) with the snapshot as its guarantee timestamp and the
 * {@code iterator} query param, which makes the server answer in primary-key order. Rows
 * inserted after the first call are therefore not returned, and each matching row comes exactly
 * once.
 *
 * <p>Not thread-safe: one reader calls {@code next()} until it answers an empty list, then
 * {@link #close()} (which holds nothing on the server; it only ends the iteration). A failing call
 * throws the exception of the client that opened the iterator ({@code MilvusException} from the
 * V1 client, {@code MilvusClientException} from the V2 client).
 */
public final class QueryIterator {
    private final QueryIteratorParam param;
    private final FieldSchema primaryField;
    private final Function<QueryParam, QueryResults> pages;
    private final long sessionTs;
    private Object lastId;
    private long returned;
    private boolean closed;

    /**
     * Opens the iterator: pins the snapshot and skips {@code offset} rows. Clients call this; see
     * {@code MilvusClient.queryIterator}.
     *
     * @param param the validated iterator parameters
     * @param primaryField the collection's primary key (its name and type shape the cursor filter)
     * @param pages runs one query and returns its answer, or throws the client's exception
     */
    public QueryIterator(QueryIteratorParam param, FieldSchema primaryField, Function<QueryParam, QueryResults> pages) {
        this.param = Objects.requireNonNull(param, "param");
        this.primaryField = Objects.requireNonNull(primaryField, "primaryField");
        this.pages = Objects.requireNonNull(pages, "pages");
        QueryResults first = pages.apply(page(param.getExpr(), 1, 0L, List.of()));
        // an older server answers no session_ts: then, as the official client, a client-side
        // hybrid timestamp one second ahead (physical milliseconds << 18)
        this.sessionTs = first.getSessionTs() > 0 ? first.getSessionTs() : (System.currentTimeMillis() + 1000L) << 18;
        skip(param.getOffset());
    }

    /** @return the snapshot timestamp every page reads at */
    long sessionTs() {
        return sessionTs;
    }

    private void skip(long offset) {
        long left = offset;
        while (left > 0) {
            long n = Math.min(QueryIteratorParam.MAX_BATCH_SIZE, left);
            List<RowRecord> rows = rows(pages.apply(page(cursorExpr(), n, sessionTs, List.of())));
            if (rows.isEmpty()) {
                break;
            }
            lastId = rows.get(rows.size() - 1).get(primaryField.getName());
            left -= rows.size();
        }
    }

    /**
     * @return the next batch of rows in primary-key order (at most {@code batchSize}, fewer at the
     *     end or at the limit); an empty list when the iteration is over; a new unmodifiable list
     */
    public List<RowRecord> next() {
        if (closed || param.getBatchSize() == 0) {
            // a batch size of 0 passes the official param check and its first page is empty
            return List.of();
        }
        long want = param.getBatchSize();
        if (param.getLimit() != QueryIteratorParam.UNLIMITED) {
            want = Math.min(want, param.getLimit() - returned);
        }
        if (want <= 0) {
            return List.of();
        }
        List<RowRecord> rows = rows(pages.apply(page(cursorExpr(), want, sessionTs, param.getOutFields())));
        if (rows.size() > want) {
            rows = rows.subList(0, (int) want);
        }
        if (!rows.isEmpty()) {
            lastId = rows.get(rows.size() - 1).get(primaryField.getName());
        }
        returned += rows.size();
        return Collections.unmodifiableList(new ArrayList<>(rows));
    }

    /** Ends the iteration: later {@link #next()} calls answer an empty list. Idempotent. */
    public void close() {
        closed = true;
    }

    private List<RowRecord> rows(QueryResults answer) {
        return new QueryResultsWrapper(answer).getRowRecords();
    }

    /** The filter of the next page: {@code pk > last} and the user's filter, as the official client writes it. */
    private String cursorExpr() {
        String expr = param.getExpr();
        if (lastId == null) {
            return expr;
        }
        String cursor = primaryField.getDataType() == DataType.VarChar
                ? primaryField.getName() + " > " + quoted(lastId.toString())
                : primaryField.getName() + " > " + lastId;
        return expr.isEmpty() ? cursor : cursor + " and (" + expr + ")";
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * One page's query: the iterator query params and the snapshot as guarantee timestamp (0 on
     * the first call, as the official client sends it: a server reads an iterator's guarantee
     * timestamp as the snapshot to read at); the primary key is the only output when skipping.
     */
    private QueryParam page(String expr, long limit, long guaranteeTs, List<String> outFields) {
        QueryParam.Builder b = QueryParam.newBuilder()
                .withCollectionName(param.getCollectionName())
                .withPartitionNames(param.getPartitionNames())
                .withOutFields(outFields)
                .withExpr(expr.isEmpty() ? allRows() : expr)
                .withConsistencyLevel(param.getConsistencyLevel())
                .withLimit(limit)
                .withIterator(true)
                .withReduceStopForBest(param.isReduceStopForBest())
                .withExprTemplateValues(param.getExprTemplateValues())
                .withTimezone(param.getTimezone())
                .withGuaranteeTimestamp(guaranteeTs);
        return b.build();
    }

    /** A filter every row passes, for an iterator without one (a Partita query needs a filter). */
    private String allRows() {
        String pk = primaryField.getName();
        return primaryField.getDataType() == DataType.VarChar ? pk + " >= \"\"" : "(" + pk + " >= 0 or " + pk + " < 0)";
    }
}
