package io.partita.server.grpc;

import io.partita.server.engine.Engine;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.QueryRequest;
import io.partita.server.model.SearchResult;
import io.partita.wire.QueryResults;
import io.partita.wire.SearchResultData;
import io.partita.wire.SearchResults;
import io.partita.wire.Status;
import java.util.List;
import java.util.Map;

/** Search and Query. */
final class SearchRpcs {
    private final Engine engine;

    SearchRpcs(Engine engine) {
        this.engine = engine;
    }

    SearchResults search(io.partita.wire.SearchRequest r) {
        Databases.check(r.getDbName());
        SearchResult res = engine.search(SearchDecoder.toEngine(r));
        SearchResultData.Builder d = SearchResultData.newBuilder()
                .setNumQueries(res.numQueries())
                .setTopK(res.topK())
                .setIds(FieldDataCodec.toIds(res.ids()));
        for (long k : res.topks()) {
            d.addTopks(k);
        }
        for (float s : res.scores()) {
            d.addScores(s);
        }
        for (FieldColumn c : res.fields()) {
            d.addFieldsData(FieldDataCodec.toFieldData(c)).addOutputFields(c.name());
        }
        String primary = primaryFieldName(r.getCollectionName());
        if (primary != null) {
            d.setPrimaryFieldName(primary);
        }
        return SearchResults.newBuilder()
                .setStatus(Statuses.SUCCESS)
                .setResults(d)
                .setCollectionName(r.getCollectionName())
                .build();
    }

    /**
     * Milvus names the primary key in every search answer (SearchResultData.primary_field_name);
     * the official V2 client labels each hit with it. Read after the search succeeded, so a search's
     * own errors stay its own; null if the collection went away in between.
     */
    private String primaryFieldName(String collectionName) {
        try {
            io.partita.server.model.FieldSchema pk =
                    engine.describeCollection(collectionName).schema().primaryKey();
            return pk == null ? null : pk.name();
        } catch (RuntimeException droppedMeanwhile) {
            return null;
        }
    }

    static SearchResults searchFailed(Status s) {
        return SearchResults.newBuilder().setStatus(s).build();
    }

    QueryResults query(io.partita.wire.QueryRequest r) {
        Databases.check(r.getDbName());
        Map<String, String> params = SchemaCodec.toMap(r.getQueryParamsList());
        long limit = params.containsKey("limit") ? parseLong("limit", params.get("limit")) : -1;
        long offset = params.containsKey("offset") ? parseLong("offset", params.get("offset")) : 0;
        List<FieldColumn> columns = engine.query(new QueryRequest(
                r.getCollectionName(), r.getExpr(), r.getOutputFieldsList(), r.getPartitionNamesList(), limit, offset));
        QueryResults.Builder b =
                QueryResults.newBuilder().setStatus(Statuses.SUCCESS).setCollectionName(r.getCollectionName());
        for (FieldColumn c : columns) {
            b.addFieldsData(FieldDataCodec.toFieldData(c)).addOutputFields(c.name());
        }
        return b.build();
    }

    static QueryResults queryFailed(Status s) {
        return QueryResults.newBuilder().setStatus(s).build();
    }

    private static long parseLong(String key, String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw Statuses.invalid(key + " [" + text + "] is invalid, it must be an integer");
        }
    }
}
