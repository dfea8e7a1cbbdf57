package io.partita.grpc;

import io.partita.model.CalcDistanceResults;
import io.partita.model.FloatArray;
import io.partita.model.IntArray;
import io.partita.model.QueryResults;
import io.partita.model.SearchResultData;
import io.partita.model.SearchResults;
import io.partita.param.dml.CalcDistanceParam;
import io.partita.param.dml.QueryParam;
import io.partita.param.dml.SearchParam;
import io.partita.transport.Operations;
import io.partita.wire.CalcDistanceRequest;
import io.partita.wire.DslType;
import io.partita.wire.PlaceholderGroup;
import io.partita.wire.PlaceholderType;
import io.partita.wire.PlaceholderValue;
import io.partita.wire.QueryRequest;
import io.partita.wire.SearchRequest;
import io.partita.wire.VectorField;
import io.partita.wire.VectorsArray;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Codecs of the reading RPCs: Search, Query, CalcDistance. Search sends the query vectors as a
 * serialized placeholder group (tag {@code $0}) and its settings as the {@code search_params}
 * pairs {@code anns_field}, {@code topk}, {@code metric_type}, {@code round_decimal},
 * {@code params}, as the official clients do.
 */
final class SearchCodecs {
    private SearchCodecs() {}

    static void register(CodecTable t) {
        t.put(Operations.SEARCH, (stub, p, db) -> searchResults(stub.search(searchRequest(p, db))));
        t.put(Operations.QUERY, (stub, p, db) -> queryResults(stub.query(queryRequest(p, db))));
        t.put(Operations.CALC_DISTANCE, (stub, p, db) -> distances(stub.calcDistance(distanceRequest(p))));
    }

    static SearchRequest searchRequest(SearchParam p, String db) {
        SearchRequest.Builder b = SearchRequest.newBuilder()
                .setDbName(db)
                .setCollectionName(p.getCollectionName())
                .addAllPartitionNames(p.getPartitionNames())
                .setDsl(IndexCodecs.orEmpty(p.getExpr()))
                .setDslType(DslType.BoolExprV1)
                .setPlaceholderGroup(placeholders(p.getVectors()).toByteString())
                .setNq(p.getVectors().size())
                .addAllOutputFields(p.getOutFields())
                .addSearchParams(WireValues.pair("anns_field", p.getVectorFieldName()))
                .addSearchParams(WireValues.pair("topk", Integer.toString(p.getTopK())))
                .addSearchParams(
                        WireValues.pair("metric_type", p.getMetricType().name()))
                .addSearchParams(WireValues.pair("round_decimal", Integer.toString(p.getRoundDecimal())))
                .addSearchParams(WireValues.pair("params", p.getParams()))
                .setTravelTimestamp(p.getTravelTimestamp())
                .setGuaranteeTimestamp(p.getGuaranteeTimestamp());
        if (p.getConsistencyLevel() != null) {
            b.setConsistencyLevel(WireValues.consistency(p.getConsistencyLevel()));
        } else {
            b.setUseDefaultConsistency(true);
        }
        return b.build();
    }

    private static PlaceholderGroup placeholders(List<?> vectors) {
        boolean binary = !vectors.isEmpty() && vectors.get(0) instanceof ByteBuffer;
        PlaceholderValue.Builder v = PlaceholderValue.newBuilder()
                .setTag("$0")
                .setType(binary ? PlaceholderType.BinaryVector : PlaceholderType.FloatVector);
        for (Object row : vectors) {
            if (binary) {
                v.addValues(VectorBytes.binary((ByteBuffer) row));
            } else {
                @SuppressWarnings("unchecked")
                List<Float> floats = (List<Float>) row;
                v.addValues(VectorBytes.floats(floats));
            }
        }
        return PlaceholderGroup.newBuilder().addPlaceholders(v).build();
    }

    private static SearchResults searchResults(io.partita.wire.SearchResults r) {
        SearchResults.Builder b = SearchResults.newBuilder()
                .setStatus(WireValues.status(r.getStatus()))
                .setCollectionName(r.getCollectionName());
        if (r.hasResults()) {
            io.partita.wire.SearchResultData d = r.getResults();
            SearchResultData.Builder rb = SearchResultData.newBuilder()
                    .setNumQueries(d.getNumQueries())
                    .setTopK(d.getTopK())
                    .addAllScores(d.getScoresList())
                    .addAllTopks(d.getTopksList())
                    .addAllOutputFields(d.getOutputFieldsList());
            d.getFieldsDataList().forEach(f -> rb.addFieldsData(FieldDataCodec.fromWire(f)));
            if (d.hasIds()) {
                rb.setIds(WireValues.ids(d.getIds()));
            }
            b.setResults(rb.build());
        }
        return b.build();
    }

    static QueryRequest queryRequest(QueryParam p, String db) {
        QueryRequest.Builder b = QueryRequest.newBuilder()
                .setDbName(db)
                .setCollectionName(p.getCollectionName())
                .addAllPartitionNames(p.getPartitionNames())
                .setExpr(p.getExpr())
                .addAllOutputFields(p.getOutFields())
                .setTravelTimestamp(p.getTravelTimestamp())
                .setGuaranteeTimestamp(p.getGuaranteeTimestamp());
        if (p.getConsistencyLevel() != null) {
            b.setConsistencyLevel(WireValues.consistency(p.getConsistencyLevel()));
        } else {
            b.setUseDefaultConsistency(true);
        }
        return b.build();
    }

    private static QueryResults queryResults(io.partita.wire.QueryResults r) {
        QueryResults.Builder b = QueryResults.newBuilder()
                .setStatus(WireValues.status(r.getStatus()))
                .setCollectionName(r.getCollectionName())
                .addAllOutputFields(r.getOutputFieldsList());
        r.getFieldsDataList().forEach(f -> b.addFieldsData(FieldDataCodec.fromWire(f)));
        return b.build();
    }

    private static CalcDistanceRequest distanceRequest(CalcDistanceParam p) {
        return CalcDistanceRequest.newBuilder()
                .setOpLeft(vectors(p.getVectorsLeft()))
                .setOpRight(vectors(p.getVectorsRight()))
                .addParams(WireValues.pair("metric", p.getMetricType().name()))
                .build();
    }

    private static VectorsArray vectors(List<List<Float>> rows) {
        io.partita.wire.FloatArray.Builder flat = io.partita.wire.FloatArray.newBuilder();
        rows.forEach(flat::addAllData);
        int dim = rows.isEmpty() ? 0 : rows.get(0).size();
        return VectorsArray.newBuilder()
                .setDataArray(VectorField.newBuilder().setDim(dim).setFloatVector(flat))
                .build();
    }

    private static CalcDistanceResults distances(io.partita.wire.CalcDistanceResults r) {
        CalcDistanceResults.Builder b = CalcDistanceResults.newBuilder().setStatus(WireValues.status(r.getStatus()));
        if (r.hasIntDist()) {
            b.setIntDist(IntArray.newBuilder()
                    .addAllData(r.getIntDist().getDataList())
                    .build());
        } else if (r.hasFloatDist()) {
            b.setFloatDist(FloatArray.newBuilder()
                    .addAllData(r.getFloatDist().getDataList())
                    .build());
        }
        return b.build();
    }
}
