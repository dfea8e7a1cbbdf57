package io.partita.server.grpc;

import static io.partita.server.grpc.ServerRpc.unary;
import static io.partita.wire.MilvusServiceGrpc.getQueryMethod;
import static io.partita.wire.MilvusServiceGrpc.getSearchMethod;

import io.partita.server.engine.Engine;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.QueryRequest;
import io.partita.server.model.SearchResult;
import io.partita.wire.QueryResults;
import io.partita.wire.SearchResultData;
import io.partita.wire.SearchResults;
import java.util.List;
import java.util.Map;

/** Search and Query. */
final class SearchRpcs {
    private final Engine engine;

    SearchRpcs(Engine engine) {
        this.engine = engine;
    }

    /** The search and query RPCs' declarations. */
    List<ServerRpc<?, ?>> rpcs() {
        return List.of(unary(getSearchMethod(), this::search), unary(getQueryMethod(), this::query));
    }

    SearchResults search(io.partita.wire.SearchRequest r) {
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
            d.addFieldsData(FieldDataCodec.toFieldData(c));
        }
        d.addAllOutputFields(OutputNames.of(r.getOutputFieldsList(), res.fields()));
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

    QueryResults query(io.partita.wire.QueryRequest r) {
        Map<String, String> params = SchemaCodec.toMap(r.getQueryParamsList());
        long limit = params.containsKey("limit") ? SearchDecoder.parseLong("limit", params.get("limit")) : -1;
        long offset = params.containsKey("offset") ? SearchDecoder.parseLong("offset", params.get("offset")) : 0;
        List<FieldColumn> columns = engine.query(new QueryRequest(
                r.getCollectionName(), r.getExpr(), r.getOutputFieldsList(), r.getPartitionNamesList(), limit, offset));
        QueryResults.Builder b =
                QueryResults.newBuilder().setStatus(Statuses.SUCCESS).setCollectionName(r.getCollectionName());
        for (FieldColumn c : columns) {
            b.addFieldsData(FieldDataCodec.toFieldData(c));
        }
        b.addAllOutputFields(OutputNames.of(r.getOutputFieldsList(), columns));
        return b.build();
    }
}
