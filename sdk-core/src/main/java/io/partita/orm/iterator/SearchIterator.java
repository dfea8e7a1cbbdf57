package io.partita.orm.iterator;

import io.partita.model.DataType;
import io.partita.model.FieldData;
import io.partita.model.FieldSchema;
import io.partita.model.IDs;
import io.partita.model.SearchResultData;
import io.partita.model.SearchResults;
import io.partita.param.MetricType;
import io.partita.param.dml.SearchIteratorParam;
import io.partita.param.dml.SearchParam;
import io.partita.response.QueryResultsWrapper.RowRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the hits of one query vector, nearest first, a batch per {@link #next()} call, as
 * milvus-sdk-java 2.6's {@code SearchIterator} does (read there, orm/iterator/SearchIterator.java):
 * the first page is a plain search, which also pins the server's snapshot ({@code session_ts});
 * every later page is a range search from the last page's farthest score onwards ({@code
 * range_filter} at that score, inclusive, {@code radius} unbounded), with the hits already returned
 * at exactly that score left out by a {@code pk not in [...]} filter, and the snapshot as its
 * guarantee timestamp. So ties are neither lost nor repeated, every hit comes exactly once, and
 * rows inserted after the first call are not returned. Everything travels as ordinary search
 * params, so every transport carries it.
 *
 * <p>Each record holds the primary key (under its field name), the output fields and the score
 * under {@code "distance"}. Not thread-safe: one reader calls {@code next()} until it answers an
 * empty list, then {@link #close()} (which holds nothing on the server). A failing call throws
 * the exception of the client that opened the iterator.
 */
public final class SearchIterator {
    /** The key of each record's score. */
    public static final String DISTANCE = "distance";

    private final SearchIteratorParam param;
    private final FieldSchema primaryField;
    private final Function<SearchParam, SearchResults> pages;
    private final boolean higherIsBetter;
    private long sessionTs;
    private Float lastBound;
    private final Set<Object> idsAtBound = new LinkedHashSet<>();
    private long returned;
    private boolean closed;

    /**
     * Opens the iterator; the first search runs at the first {@link #next()}. Clients call this;
     * see {@code MilvusClient.searchIterator}.
     *
     * @param param the validated iterator parameters
     * @param primaryField the collection's primary key (its name and type shape the exclusion filter)
     * @param pages runs one search and returns its answer, or throws the client's exception
     */
    public SearchIterator(
            SearchIteratorParam param, FieldSchema primaryField, Function<SearchParam, SearchResults> pages) {
        this.param = Objects.requireNonNull(param, "param");
        this.primaryField = Objects.requireNonNull(primaryField, "primaryField");
        this.pages = Objects.requireNonNull(pages, "pages");
        MetricType metric = MetricType.valueOf(param.getMetricType());
        this.higherIsBetter = metric == MetricType.IP || metric == MetricType.COSINE;
    }

    /**
     * @return the next batch of hits, nearest first (at most {@code batchSize}, fewer at the end
     *     or at the limit); an empty list when the iteration is over; a new unmodifiable list
     */
    public List<RowRecord> next() {
        if (closed || param.getBatchSize() == 0) {
            return List.of(); // a batch size of 0 passes the official param check; its page is empty
        }
        long want = param.getBatchSize();
        if (param.getTopK() != -1L) {
            want = Math.min(want, param.getTopK() - returned);
        }
        if (want <= 0) {
            return List.of();
        }
        SearchResults answer = pages.apply(page((int) want));
        if (sessionTs == 0) {
            // an older server answers no session_ts: then, as the official client, a client-side
            // hybrid timestamp one second ahead (physical milliseconds << 18)
            sessionTs = answer.getSessionTs() > 0 ? answer.getSessionTs() : (System.currentTimeMillis() + 1000L) << 18;
        }
        List<RowRecord> hits = hits(answer);
        if (hits.size() > want) {
            hits = hits.subList(0, (int) want);
        }
        for (RowRecord hit : hits) {
            float score = (Float) hit.get(DISTANCE);
            if (lastBound == null || Float.compare(score, lastBound) != 0) {
                lastBound = score;
                idsAtBound.clear();
            }
            idsAtBound.add(hit.get(primaryField.getName()));
        }
        returned += hits.size();
        return Collections.unmodifiableList(new ArrayList<>(hits));
    }

    /** Ends the iteration: later {@link #next()} calls answer an empty list. Idempotent. */
    public void close() {
        closed = true;
    }

    private SearchParam page(int topK) {
        SearchParam.Builder b = SearchParam.newBuilder()
                .withCollectionName(param.getCollectionName())
                .withPartitionNames(param.getPartitionNames())
                .withMetricType(MetricType.valueOf(param.getMetricType()))
                .withVectorFieldName(param.getVectorFieldName())
                .withVectors(param.getVectors())
                .withOutFields(param.getOutFields())
                .withRoundDecimal(param.getRoundDecimal())
                .withConsistencyLevel(param.getConsistencyLevel())
                .withIterator(true)
                .withGroupByFieldName(param.getGroupByFieldName())
                .withTopK(topK)
                .withExpr(filter())
                .withParams(lastBound == null ? param.getParams() : ranged(param.getParams()));
        // the first page pins the snapshot: it carries no guarantee timestamp (a server reads an
        // iterator's guarantee timestamp as the snapshot to read at); later pages carry the pinned one
        b.withGuaranteeTimestamp(sessionTs);
        return b.build();
    }

    /**
     * The index params with the range of the next page: from the last bound (inclusive, as
     * {@code range_filter}) to the far end ({@code radius}). The bound is written as the exact
     * double of the float score, so the server's comparison keeps the ties.
     */
    private String ranged(String params) {
        String bound = Double.toString((double) lastBound);
        String far = higherIsBetter ? "-3.4e38" : "3.4e38";
        String range = "\"radius\": " + far + ", \"range_filter\": " + bound;
        String body = params.trim();
        String inner = body.substring(1, body.length() - 1).trim();
        return "{" + (inner.isEmpty() ? "" : inner + ", ") + range + "}";
    }

    /** The user's filter and the exclusion of the hits already returned at the last bound. */
    private String filter() {
        String expr = param.getExpr();
        if (idsAtBound.isEmpty()) {
            return expr;
        }
        StringBuilder b = new StringBuilder(primaryField.getName()).append(" not in [");
        boolean first = true;
        for (Object id : idsAtBound) {
            if (!first) {
                b.append(", ");
            }
            first = false;
            b.append(primaryField.getDataType() == DataType.VarChar ? quoted(id.toString()) : id.toString());
        }
        b.append(']');
        return expr.isEmpty() ? b.toString() : b + " and (" + expr + ")";
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The hits of the one query: primary key, output fields, then the score. */
    private List<RowRecord> hits(SearchResults answer) {
        if (!answer.hasResults()) {
            return List.of();
        }
        SearchResultData d = answer.getResults();
        int n = d.getTopksCount() == 0 ? 0 : (int) d.getTopks(0);
        IDs ids = d.getIds();
        List<RowRecord> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<String, Object> values = new LinkedHashMap<>();
            Object id = ids != null && ids.hasStrId()
                    ? (Object) ids.getStrId().getData(i)
                    : ids == null ? null : (Object) ids.getIntId().getData(i);
            values.put(primaryField.getName(), id);
            for (FieldData f : d.getFieldsDataList()) {
                values.put(f.getFieldName(), f.getValues().get(i));
            }
            values.put(DISTANCE, d.getScores(i));
            out.add(RowRecord.of(values));
        }
        return out;
    }
}
