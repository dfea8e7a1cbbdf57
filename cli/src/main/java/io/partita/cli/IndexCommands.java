package io.partita.cli;

import io.partita.model.GetIndexBuildProgressResponse;
import io.partita.model.IndexDescription;
import io.partita.model.KeyValuePair;
import io.partita.param.index.DescribeIndexParam;
import io.partita.param.index.DropIndexParam;
import io.partita.param.index.GetIndexBuildProgressParam;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * milvus_cli 1.x's index commands: {@code list indexes -c book}, {@code show index -c book [-in
 * NAME]}, {@code show index_progress -c book [-in NAME]}, {@code delete index -c book -in NAME}.
 * milvus_cli spells the collection option {@code --collection} here; {@code --collection-name}
 * works too.
 */
final class IndexCommands {
    private IndexCommands() {}

    /** The options every index command takes. */
    abstract static class IndexCommand extends SessionCommand {
        @Option(
                names = {"-c", "--collection", "--collection-name"},
                required = true,
                paramLabel = "NAME",
                description = "Name of the collection.")
        String collection;

        @Option(
                names = {"-in", "--index-name"},
                paramLabel = "NAME",
                description = "Name of the index (default: the collection's only index).")
        String indexName = "";

        final List<IndexDescription> describe(Session session) {
            return session.client()
                    .describeIndex(DescribeIndexParam.newBuilder()
                            .withCollectionName(collection)
                            .withIndexName(indexName)
                            .build())
                    .orThrow()
                    .getIndexDescriptionsList();
        }

        static Map<String, String> params(IndexDescription d) {
            Map<String, String> params = new LinkedHashMap<>();
            for (KeyValuePair p : d.getParamsList()) {
                params.put(p.getKey(), p.getValue());
            }
            return params;
        }
    }

    /** {@code list indexes -c book}: one row per index. */
    @Command(name = "indexes", description = "List the indexes of a collection.")
    static final class ListIndexes extends IndexCommand {
        @Override
        int run(Session session) {
            List<List<Object>> rows = new ArrayList<>();
            for (IndexDescription d : describe(session)) {
                Map<String, String> p = params(d);
                rows.add(List.of(
                        d.getIndexName(),
                        d.getFieldName(),
                        p.getOrDefault("index_type", ""),
                        p.getOrDefault("metric_type", ""),
                        p.getOrDefault("params", "")));
            }
            output().table(List.of("index_name", "field_name", "index_type", "metric_type", "params"), rows);
            return ExitCodes.OK;
        }
    }

    /** {@code show index -c book [-in NAME]}: one index's details. */
    @Command(name = "index", description = "Show an index's type, metric, parameters and state.")
    static final class ShowIndex extends IndexCommand {
        @Override
        int run(Session session) {
            List<IndexDescription> all = describe(session);
            if (all.isEmpty()) {
                throw new UsageException("collection " + collection + " has no index named \"" + indexName + "\"");
            }
            IndexDescription d = all.get(0);
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("collection", collection);
            r.put("index_name", d.getIndexName());
            r.put("field_name", d.getFieldName());
            r.put("index_id", d.getIndexID());
            params(d).forEach(r::put);
            r.put("state", d.getState().name());
            r.put("indexed_rows", d.getIndexedRows());
            r.put("total_rows", d.getTotalRows());
            output().record(r);
            return ExitCodes.OK;
        }
    }

    /** {@code show index_progress -c book [-in NAME]}: indexed rows of total rows. */
    @Command(name = "index_progress", description = "Show how many rows an index build has covered.")
    static final class ShowProgress extends IndexCommand {
        @Override
        int run(Session session) {
            GetIndexBuildProgressResponse p = session.client()
                    .getIndexBuildProgress(GetIndexBuildProgressParam.newBuilder()
                            .withCollectionName(collection)
                            .withIndexName(indexName)
                            .build())
                    .orThrow();
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("collection", collection);
            r.put("index_name", indexName);
            r.put("indexed_rows", p.getIndexedRows());
            r.put("total_rows", p.getTotalRows());
            output().record(r);
            return ExitCodes.OK;
        }
    }

    /** {@code delete index -c book -in NAME}. */
    @Command(name = "index", description = "Drop an index.")
    static final class DeleteIndex extends IndexCommand {
        @Override
        int run(Session session) {
            session.client()
                    .dropIndex(DropIndexParam.newBuilder()
                            .withCollectionName(collection)
                            .withIndexName(indexName)
                            .build())
                    .orThrow();
            output().done("Drop index of " + collection + " successfully!");
            return ExitCodes.OK;
        }
    }
}
