package io.partita.cli;

import io.partita.param.IndexType;
import io.partita.param.MetricType;
import io.partita.param.index.CreateIndexParam;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code create index -c book -f book_intro -t IVF_FLAT -m L2 -p '{"nlist":1024}'}. */
@Command(name = "index", description = "Build an index on a vector field.")
final class CreateIndexCommand extends SessionCommand {
    @Option(
            names = {"-c", "--collection-name"},
            required = true,
            paramLabel = "NAME",
            description = "Name of the collection.")
    String collection;

    @Option(
            names = {"-f", "--field-name"},
            required = true,
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
            names = {"-n", "--index-name"},
            paramLabel = "NAME",
            description = "Index name (default: the server's).")
    String indexName;

    @Override
    int run(Session session) {
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
}
