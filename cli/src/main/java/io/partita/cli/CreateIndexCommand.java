package io.partita.cli;

import io.partita.param.IndexType;
import io.partita.param.MetricType;
import io.partita.param.index.CreateIndexParam;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code create index -c book -f book_intro -t IVF_FLAT -m L2 -p '{"nlist":1024}'}. Without -c or
 * -f (milvus_cli 1.x's bare {@code create index}), the shell asks milvus_cli's questions: collection,
 * field, index name, index type, metric type, then each build parameter of that type.
 */
@Command(name = "index", description = "Build an index on a vector field.")
final class CreateIndexCommand extends SessionCommand {
    @Option(
            names = {"-c", "--collection-name"},
            paramLabel = "NAME",
            description = "Name of the collection.")
    String collection;

    @Option(
            names = {"-f", "--field-name"},
            paramLabel = "FIELD",
            description = "Vector field to index.")
    String field;

    @Option(
            names = {"-t", "--index-type"},
            paramLabel = "TYPE",
            description = "FLAT, IVF_FLAT, IVF_SQ8, HNSW, ... (default: IVF_FLAT).")
    IndexType indexType = IndexType.IVF_FLAT;

    @Option(
            names = {"-m", "--metric-type"},
            paramLabel = "METRIC",
            description = "L2 or IP (default: L2).")
    MetricType metric = MetricType.L2;

    @Option(
            names = {"-p", "--index-params"},
            paramLabel = "JSON",
            description = "Index parameters (default: {\"nlist\":1024}).")
    String params = "{\"nlist\":1024}";

    @Option(
            names = {"-n", "-in", "--index-name"},
            paramLabel = "NAME",
            description = "Index name (default: the server's).")
    String indexName;

    @Override
    int run(Session session) {
        if (collection == null || field == null) {
            ask(session);
        }
        CreateIndexParam.Builder b = CreateIndexParam.newBuilder()
                .withCollectionName(collection)
                .withFieldName(field)
                .withIndexType(indexType)
                .withMetricType(metric)
                .withExtraParam(params);
        if (indexName != null) {
            b.withIndexName(indexName);
        }
        session.client().createIndex(b.build()).orThrow();
        output().done("Create index successfully!");
        return ExitCodes.OK;
    }

    /** milvus_cli 1.2.1's questions (scripts/index_client_cli.py), in its order. */
    private void ask(Session session) {
        if (collection == null) {
            collection = session.ask("Collection name", null, "-c/--collection-name");
        }
        if (field == null) {
            field = session.ask(
                    "The name of the field to create an index for " + Answers.fieldNames(session, collection),
                    null,
                    "-f/--field-name");
        }
        if (indexName == null) {
            indexName = session.ask("Index name", null, "-n/--index-name");
        }
        String type = session.ask("Index type", indexType.name(), "-t/--index-type");
        try {
            indexType = IndexType.valueOf(type.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("Index type must be one of " + java.util.Arrays.toString(IndexType.values())
                    + ", got \"" + type + "\"");
        }
        String m = session.ask("Vector Index metric type", metric.name(), "-m/--metric-type");
        try {
            metric = MetricType.valueOf(m.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("Vector Index metric type must be one of "
                    + java.util.Arrays.toString(MetricType.values()) + ", got \"" + m + "\"");
        }
        java.util.Map<String, String> answers = new java.util.LinkedHashMap<>();
        for (String p : IndexParams.build(indexType.name())) {
            answers.put(p, session.ask("Index params " + p, null, "-p/--index-params"));
        }
        params = IndexParams.json(answers);
    }
}
