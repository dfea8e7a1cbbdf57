package io.partita.cli;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.partita.v2.common.IndexParam;
import io.partita.v2.service.collection.request.CreateCollectionReq;
import io.partita.v2.service.vector.request.AnnSearchReq;
import io.partita.v2.service.vector.request.HybridSearchReq;
import io.partita.v2.service.vector.request.data.FloatVec;
import io.partita.v2.service.vector.request.ranker.RRFRanker;
import io.partita.v2.service.vector.request.ranker.WeightedRanker;
import io.partita.v2.service.vector.response.SearchResp;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;

/**
 * milvus_cli 1.2.1's {@code hybrid_search} (scripts/data_client_cli.py): asks for the collection,
 * then for each search request the vector field, the vector, its topK (10), a filter, the metric
 * (COSINE) and search params ({}), and "Add another search request?" (yes); then the ranker
 * (Weighted with one weight per request, or RRF with its k, 60), the final topK (10) and the output
 * fields. One {@code HybridSearch} call through {@link Session#clientV2()}; the hits print as
 * {@code search} prints them. Headings go to stderr, so stdout holds only the result.
 */
@Command(name = "hybrid_search", description = "Several vector searches fused by a ranker (asks for each part).")
final class HybridSearchCommand extends SessionCommand {

    @Override
    int run(Session session) {
        DataCommands.shellOnly(session, "hybrid_search");
        PrintWriter say = output().err();
        String collection = session.ask("Collection name", null, "-c/--collection-name");
        List<String> fieldNames = Answers.fieldNames(session, collection);
        List<AnnSearchReq> requests = new ArrayList<>();
        do {
            say.println();
            say.println("--- Adding Search Request #" + (requests.size() + 1) + " ---");
            say.flush();
            String field = choice(session, "Vector field name", fieldNames, null);
            List<Float> vector = null;
            while (vector == null) {
                String text = session.ask("Vector data (e.g. [0.1, 0.2, 0.3, ...])", null, "--vector");
                try {
                    vector = Values.floats(text, "the vector");
                } catch (UsageException e) {
                    say.println("Invalid format: " + e.getMessage());
                    say.println("Tips:");
                    say.println("  - Dense vector: [0.1, 0.2, 0.3]");
                    say.flush();
                }
            }
            String topKQuestion = "TopK for this request";
            long topK = Answers.number(session.ask(topKQuestion, "10", "--limit"), topKQuestion);
            String filter = session.ask("Filter expression (press Enter to skip)", "", "-e/--expr");
            String metric = choice(session, "Metric type", List.of("L2", "IP", "COSINE"), "COSINE");
            String params = session.ask(
                    "Search params (JSON format, e.g. {\"nprobe\": 10}, press Enter to skip)", "{}", "--params");
            try {
                if (!JsonParser.parseString(params).isJsonObject()) {
                    throw new JsonParseException("not an object");
                }
            } catch (JsonParseException e) {
                say.println("Invalid JSON params. Using defaults.");
                say.flush();
                params = "{}";
            }
            requests.add(AnnSearchReq.builder()
                    .vectorFieldName(field)
                    .vectors(List.of(new FloatVec(vector)))
                    .limit(topK)
                    .filter(filter.isEmpty() ? null : filter)
                    .metricType(IndexParam.MetricType.valueOf(metric))
                    .params(params)
                    .build());
        } while (yes(session, "Add another search request?"));

        say.println();
        say.println("--- Rerank Strategy ---");
        say.flush();
        CreateCollectionReq.Function ranker;
        if (choice(session, "Select ranker", List.of("Weighted", "RRF"), "Weighted")
                .equals("Weighted")) {
            String text =
                    session.ask("Weights (list of " + requests.size() + " floats, e.g. [0.8, 0.2])", null, "--weights");
            List<Float> weights = Values.floats(text, "the weights");
            if (weights.size() != requests.size()) {
                throw new UsageException("Number of weights (" + weights.size() + ") must match number of requests ("
                        + requests.size() + ").");
            }
            ranker = WeightedRanker.builder().weights(weights).build();
        } else {
            String k = "k factor for RRF";
            ranker = RRFRanker.builder()
                    .k((int) Answers.number(session.ask(k, "60", "--k"), k))
                    .build();
        }
        String limitQuestion = "Final TopK limit";
        long limit = Answers.number(session.ask(limitQuestion, "10", "--limit"), limitQuestion);
        List<String> outputFields = DataCommands.fieldList(
                session.ask("Output fields (split by \",\" if multiple) " + fieldNames, "", "-o/--output-field"));

        say.println();
        say.println("Executing hybrid search...");
        say.flush();
        SearchResp found = session.clientV2()
                .hybridSearch(HybridSearchReq.builder()
                        .collectionName(collection)
                        .searchRequests(requests)
                        .ranker(ranker)
                        .limit(limit)
                        .outFields(outputFields)
                        .build());
        List<String> headers = new ArrayList<>(List.of("query", "rank", "id", "distance"));
        headers.addAll(outputFields);
        List<List<Object>> rows = new ArrayList<>();
        List<List<SearchResp.SearchResult>> perQuery = found.getSearchResults();
        for (int q = 0; q < perQuery.size(); q++) {
            List<SearchResp.SearchResult> hits = perQuery.get(q);
            for (int i = 0; i < hits.size(); i++) {
                SearchResp.SearchResult h = hits.get(i);
                List<Object> row = new ArrayList<>(List.of(q, i + 1, h.getId(), h.getScore()));
                for (String f : outputFields) {
                    row.add(h.getEntity().get(f));
                }
                rows.add(row);
            }
        }
        output().table(headers, rows);
        return ExitCodes.OK;
    }

    /**
     * click's {@code Choice} prompt: the choices shown after the question, asked again (with
     * click's "Error: 'x' is not one of ..." line) until the answer is one of them, any case.
     */
    static String choice(Session session, String question, List<String> choices, String defaultValue) {
        while (true) {
            String answer = session.ask(question + " (" + String.join(", ", choices) + ")", defaultValue, "--option");
            for (String c : choices) {
                if (c.equalsIgnoreCase(answer)) {
                    return c;
                }
            }
            PrintWriter err = session.output().err();
            err.println("Error: '" + answer + "' is not one of '" + String.join("', '", choices) + "'.");
            err.flush();
        }
    }

    /** click's {@code confirm(..., default=True)}: "[Y/n]", yes unless the answer is n or no. */
    static boolean yes(Session session, String question) {
        String answer = session.ask(question + " [Y/n]", "y", "-y/--yes").toLowerCase(Locale.ROOT);
        return !(answer.equals("n") || answer.equals("no"));
    }
}
