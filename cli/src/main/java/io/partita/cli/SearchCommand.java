package io.partita.cli;

import io.partita.model.SearchResultData;
import io.partita.param.MetricType;
import io.partita.param.dml.SearchParam;
import io.partita.response.SearchResultsWrapper;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code search -c book -v book_intro -d "[[0.1, 0.2]]" -k 2 [-m L2] [-e expr] [-p novel] [-o word_count]}:
 * one row per hit (query index, rank, id, distance, output fields).
 */
@Command(name = "search", description = "Vector similarity search over the loaded data.")
final class SearchCommand extends SessionCommand {
    @Option(
            names = {"-c", "--collection-name"},
            required = true,
            paramLabel = "NAME",
            description = "Name of the collection.")
    String collection;

    @Option(
            names = {"-v", "--vector-field"},
            required = true,
            paramLabel = "FIELD",
            description = "Vector field to search.")
    String vectorField;

    @Option(
            names = {"-d", "--data"},
            required = true,
            paramLabel = "VECTORS",
            description = "Query vectors: [[0.1, 0.2], [0.3, 0.4]].")
    String data;

    @Option(
            names = {"-k", "--topk"},
            paramLabel = "N",
            description = "Hits per query vector (default: 10).")
    int topK = 10;

    @Option(
            names = {"-m", "--metric-type"},
            paramLabel = "METRIC",
            description = "L2 or IP (default: L2).")
    MetricType metric = MetricType.L2;

    @Option(
            names = {"-e", "--expr"},
            paramLabel = "EXPR",
            description = "Boolean filter, e.g. \"word_count > 1000\".")
    String expr;

    @Option(
            names = {"-p", "--partition"},
            paramLabel = "NAME",
            description = "Search only this partition (repeat).")
    List<String> partitions = new ArrayList<>();

    @Option(
            names = {"-o", "--output-field"},
            paramLabel = "FIELD",
            split = ",",
            description = "Fields to return with each hit (repeat or comma-separate).")
    List<String> outputFields = new ArrayList<>();

    @Option(names = "--params", paramLabel = "JSON", description = "Search parameters (default: {\"nprobe\":10}).")
    String params = "{\"nprobe\":10}";

    @Override
    int run(Session session) {
        SearchParam.Builder b = SearchParam.newBuilder()
                .withCollectionName(collection)
                .withVectorFieldName(vectorField)
                .withVectors(Values.vectors(data, "-d"))
                .withTopK(topK)
                .withMetricType(metric)
                .withParams(params)
                .withPartitionNames(partitions)
                .withOutFields(outputFields);
        if (expr != null) {
            b.withExpr(expr);
        }
        SearchResultData results = session.client().search(b.build()).orThrow().getResults();
        SearchResultsWrapper w = new SearchResultsWrapper(results);
        List<String> headers = new ArrayList<>(List.of("query", "rank", "id", "distance"));
        headers.addAll(outputFields);
        List<List<Object>> rows = new ArrayList<>();
        for (int q = 0; q < w.getNumQueries(); q++) {
            List<SearchResultsWrapper.IDScore> hits = w.getIDScore(q);
            List<List<?>> extra = new ArrayList<>();
            for (String f : outputFields) {
                extra.add(w.getFieldData(f, q).getFieldData());
            }
            for (int i = 0; i < hits.size(); i++) {
                SearchResultsWrapper.IDScore h = hits.get(i);
                List<Object> row = new ArrayList<>(
                        List.of(q, i + 1, h.getStrID().isEmpty() ? h.getLongID() : h.getStrID(), h.getScore()));
                for (List<?> column : extra) {
                    row.add(column.get(i));
                }
                rows.add(row);
            }
        }
        output().table(headers, rows);
        return ExitCodes.OK;
    }
}
