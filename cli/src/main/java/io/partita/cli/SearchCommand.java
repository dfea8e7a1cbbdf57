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
 * one row per hit (query index, rank, id, distance, output fields). Without -c, -v or -d
 * (milvus_cli 1.x's bare {@code search}), the shell asks milvus_cli's questions in its order.
 */
@Command(name = "search", description = "Vector similarity search over the loaded data.")
final class SearchCommand extends SessionCommand {
    @Option(
            names = {"-c", "--collection-name"},
            paramLabel = "NAME",
            description = "Name of the collection.")
    String collection;

    @Option(
            names = {"-v", "--vector-field"},
            paramLabel = "FIELD",
            description = "Vector field to search.")
    String vectorField;

    @Option(
            names = {"-d", "--data"},
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

    @Option(
            names = "--round-decimal",
            paramLabel = "N",
            description = "Decimal places of distances (default: -1, all).")
    int roundDecimal = -1;

    private long guaranteeTimestamp;

    @Override
    int run(Session session) {
        if (collection == null || vectorField == null || data == null) {
            ask(session);
        }
        SearchParam.Builder b = SearchParam.newBuilder()
                .withCollectionName(collection)
                .withVectorFieldName(vectorField)
                .withVectors(Values.vectors(data, "-d"))
                .withTopK(topK)
                .withMetricType(metric)
                .withParams(params)
                .withPartitionNames(partitions)
                .withOutFields(outputFields)
                .withRoundDecimal(roundDecimal);
        if (expr != null) {
            b.withExpr(expr);
        }
        if (guaranteeTimestamp != 0) {
            b.withGuaranteeTimestamp(guaranteeTimestamp);
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
                extra.add(w.getFieldData(f, q));
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

    /** milvus_cli 1.2.1's questions for a bare {@code search} (scripts/data_client_cli.py), in its order. */
    private void ask(Session session) {
        if (collection == null) {
            collection = session.ask("Collection name", null, "-c/--collection-name");
        }
        if (vectorField == null) {
            vectorField = session.ask(
                    "The vector field used to search of collection " + Answers.fieldNames(session, collection),
                    null,
                    "-v/--vector-field");
        }
        if (data == null) {
            String v = session.ask("Vector data (e.g. [0.1, 0.2, 0.3, ...])", null, "-d/--data");
            data = v.strip().startsWith("[[") ? v : "[" + v + "]";
        }
        java.util.Map<String, String> index = indexOf(session, collection, vectorField);
        if (index != null) {
            String m = index.getOrDefault("metric_type", metric.name());
            output().out().println("Metric type: " + m);
            metric = MetricType.valueOf(m.toUpperCase(java.util.Locale.ROOT));
            java.util.Map<String, String> answers = new java.util.LinkedHashMap<>();
            for (String p : IndexParams.search(index.getOrDefault("index_type", ""))) {
                answers.put(p, session.ask("Search parameter " + p + "'s value", null, "--params"));
            }
            params = IndexParams.json(answers);
        }
        String groupBy = session.ask("Groups search by Field", "", "(no option: grouping is not served)");
        if (!groupBy.isEmpty()) {
            throw new UsageException("grouping a search by a field is not served by the Milvus 2.1/2.3 profiles");
        }
        String decimals = "The specified number of decimal places of returned distance";
        roundDecimal = (int) Answers.number(session.ask(decimals, "-1", "--round-decimal"), decimals);
        String limit = "The max number of returned record, also known as topk";
        topK = (int) Answers.number(session.ask(limit, null, "-k/--topk"), limit);
        if (expr == null) {
            String e = session.ask("The boolean expression used to filter attribute", "", "-e/--expr");
            expr = e.isEmpty() ? null : e;
        }
        if (partitions.isEmpty()) {
            partitions = Answers.commaList(session.ask(
                    "The names of partitions to search (split by \",\" if multiple, press Enter to skip)",
                    "",
                    "-p/--partition"));
        }
        if (outputFields.isEmpty()) {
            outputFields = Answers.commaList(session.ask(
                    "Fields to return(split by \",\" if multiple) " + Answers.fieldNames(session, collection),
                    "",
                    "-o/--output-field"));
        }
        String guarantee = "Guarantee timestamp";
        guaranteeTimestamp = Answers.number(session.ask(guarantee, "0", "--guarantee-timestamp"), guarantee);
    }

    /** The index parameters of the searched field, or null when it has no index. */
    /** @return the index on {@code vectorField} as {@code show index} prints it; {@code null} when it has none */
    static java.util.Map<String, String> indexOf(Session session, String collection, String vectorField) {
        io.partita.param.index.DescribeIndexParam q = io.partita.param.index.DescribeIndexParam.newBuilder()
                .withCollectionName(collection)
                .withFieldName(vectorField)
                .build();
        io.partita.param.R<io.partita.model.DescribeIndexResponse> r =
                session.client().describeIndex(q);
        if (r.getException() != null) {
            return null; // no index on the field: milvus_cli asks no search parameters then
        }
        for (io.partita.model.IndexDescription d : r.getData().getIndexDescriptionsList()) {
            if (d.getFieldName().equals(vectorField)) {
                return IndexCommands.IndexCommand.params(d);
            }
        }
        return null;
    }
}
