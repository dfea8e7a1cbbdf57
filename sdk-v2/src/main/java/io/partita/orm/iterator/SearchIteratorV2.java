package io.partita.orm.iterator;

import io.partita.model.SearchIteratorV2Results;
import io.partita.model.SearchResultData;
import io.partita.model.SearchResults;
import io.partita.param.dml.SearchIteratorV2Page;
import io.partita.v2.exception.ErrorCode;
import io.partita.v2.exception.MilvusClientException;
import io.partita.v2.service.vector.request.SearchIteratorReqV2;
import io.partita.v2.service.vector.response.SearchResp;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Reads the hits of one query vector, nearest first, paged by the server, as milvus-sdk-java 2.6's
 * {@code SearchIteratorV2} does (read there, orm/iterator/SearchIteratorV2.java): opening it runs a
 * one-hit probe call that the server must answer with an iterator token (Milvus 2.5.2+); each
 * {@link #next()} runs one call with {@code search_iter_v2}, the batch size, and from the second
 * page on the previous page's last bound and the iteration's token, and the server answers the
 * next hits beyond that bound. The first page's {@code session_ts} is pinned as the later pages'
 * guarantee timestamp, so rows inserted meanwhile are not returned. A page may hold more than
 * {@code batchSize} hits when the server extends it over hits tied with its last one.
 *
 * <p>With an {@code externalFilterFunc}, each page's hits are filtered and {@code next()} gathers
 * pages until it has {@code batchSize} hits (or the hits run out). With a {@code limit}, no more
 * than that many hits are handed out in all.
 *
 * <p>Not thread-safe: one reader calls {@code next()} until it answers an empty list, then
 * {@link #close()} (which holds nothing on the server). A failing call throws
 * {@link MilvusClientException}.
 */
public final class SearchIteratorV2 {
    /** The largest batch size, as the official client's {@code Constant.MAX_BATCH_SIZE}. */
    private static final long MAX_BATCH_SIZE = 16384L;

    private final int batchSize;
    private final BiFunction<SearchIteratorV2Page, Long, SearchResults> pages;
    private final Function<SearchResultData, List<SearchResp.SearchResult>> hits;
    private final Function<List<SearchResp.SearchResult>, List<SearchResp.SearchResult>> externalFilter;
    private final List<SearchResp.SearchResult> cache = new ArrayList<>();
    private Long left;
    private Float lastBound;
    private String token = "";
    private long guaranteeTimestamp;
    private boolean closed;

    /**
     * Checks the request with the official texts and runs the probe call. Clients call this; see
     * {@code MilvusClientV2.searchIteratorV2}.
     *
     * @param request the iterator's request
     * @param pages runs one call (its iterator v2 settings, its guarantee timestamp; 0 for none)
     *     and returns the answer, or throws {@link MilvusClientException}
     * @param hits the hits of the one query vector in an answer's results, nearest first
     * @throws MilvusClientException on a bad request, a failing probe, or a server without
     *     search iterator v2
     */
    public SearchIteratorV2(
            SearchIteratorReqV2 request,
            BiFunction<SearchIteratorV2Page, Long, SearchResults> pages,
            Function<SearchResultData, List<SearchResp.SearchResult>> hits) {
        Objects.requireNonNull(request, "request");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.hits = Objects.requireNonNull(hits, "hits");
        this.externalFilter = request.getExternalFilterFunc();
        // the official SearchIteratorV2.checkParams, its order and texts
        if (request.getBatchSize() < 0) {
            throw invalid("Batch size cannot be less than zero");
        } else if (request.getBatchSize() > MAX_BATCH_SIZE) {
            throw invalid(String.format("Batch size cannot be larger than %d", MAX_BATCH_SIZE));
        }
        this.batchSize = (int) request.getBatchSize();
        Object offset = request.getSearchParams().get("offset");
        if (offset instanceof Number && ((Number) offset).longValue() > 0) {
            throw invalid("Offset is not supported for SearchIterator");
        }
        int rows = request.getVectors().size();
        if (rows > 1) {
            throw invalid("SearchIterator does not support processing multiple vectors simultaneously");
        } else if (rows == 0) {
            throw invalid("The vector data for search cannot be empty");
        }
        if (request.getLimit() != -1L) {
            this.left = request.getLimit();
        }
        // the probe: a one-hit call whose answer must carry a token; its hits are not handed out
        checkToken(pages.apply(SearchIteratorV2Page.first(1), 0L));
    }

    /**
     * @return the next hits, nearest first; an empty list when the iteration is over; a new list
     * @throws MilvusClientException when a call fails
     */
    public List<SearchResp.SearchResult> next() {
        if (closed || (left != null && left <= 0)) {
            return new ArrayList<>();
        }
        if (externalFilter == null) {
            return limited(page());
        }
        long target = left != null && left < batchSize ? left : batchSize;
        while (cache.size() < target) {
            List<SearchResp.SearchResult> page = page();
            if (page.isEmpty()) {
                break;
            }
            cache.addAll(externalFilter.apply(page));
        }
        int n = (int) Math.min(cache.size(), target);
        List<SearchResp.SearchResult> head = cache.subList(0, n);
        List<SearchResp.SearchResult> out = new ArrayList<>(head);
        head.clear();
        return limited(out);
    }

    /** Ends the iteration: later {@link #next()} calls answer an empty list. Idempotent. */
    public void close() {
        closed = true;
    }

    /** One server page beyond the last bound; pins the snapshot on the first. */
    private List<SearchResp.SearchResult> page() {
        SearchIteratorV2Page call = lastBound == null
                ? SearchIteratorV2Page.first(batchSize)
                : SearchIteratorV2Page.after(batchSize, lastBound, token);
        SearchResults answer = pages.apply(call, guaranteeTimestamp);
        SearchIteratorV2Results info = checkToken(answer);
        lastBound = info.getLastBound();
        if (token.isEmpty()) {
            token = info.getToken();
        }
        if (guaranteeTimestamp <= 0) {
            // an older server answers no session_ts: then, as the official client, a client-side
            // hybrid timestamp one second ahead (physical milliseconds << 18)
            guaranteeTimestamp =
                    answer.getSessionTs() > 0 ? answer.getSessionTs() : (System.currentTimeMillis() + 1000L) << 18;
        }
        return new ArrayList<>(hits.apply(answer.getResults()));
    }

    /** At most the hits still allowed by the limit; counts them. */
    private List<SearchResp.SearchResult> limited(List<SearchResp.SearchResult> page) {
        if (left == null) {
            return page;
        }
        List<SearchResp.SearchResult> out =
                page.size() > left ? new ArrayList<>(page.subList(0, (int) (long) left)) : page;
        left -= page.size();
        return out;
    }

    private static SearchIteratorV2Results checkToken(SearchResults answer) {
        SearchResultData d = answer.getResults();
        if (d == null
                || !d.hasSearchIteratorV2Results()
                || d.getSearchIteratorV2Results().getToken().isEmpty()) {
            // the official client's text (SearchIteratorV2.checkTokenExists)
            throw new MilvusClientException(
                    ErrorCode.CLIENT_ERROR,
                    "The server does not support Search Iterator V2. The search_iterator (v1) is used instead.\n"
                            + "    Please upgrade your Milvus server version to 2.5.2 and later,\n"
                            + "    or use a pymilvus version before 2.5.3 (excluded) to avoid this issue.");
        }
        return d.getSearchIteratorV2Results();
    }

    private static MilvusClientException invalid(String message) {
        return new MilvusClientException(ErrorCode.INVALID_PARAMS, message);
    }
}
