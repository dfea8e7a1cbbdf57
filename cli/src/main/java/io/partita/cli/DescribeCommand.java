package io.partita.cli;

import io.partita.model.DescribeCollectionResponse;
import io.partita.param.collection.DescribeCollectionParam;
import io.partita.param.collection.FieldType;
import io.partita.param.collection.GetCollectionStatisticsParam;
import io.partita.param.collection.GetLoadStateParam;
import io.partita.response.DescCollResponseWrapper;
import io.partita.response.GetCollStatResponseWrapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code describe collection|partition}. */
@Command(
        name = "describe",
        description = "Describe a collection or a partition.",
        subcommands = {DescribeCommand.Collection.class, DescribeCommand.Partition.class})
final class DescribeCommand extends GroupCommand {

    /** {@code describe collection -c book}: schema, row count, load state. */
    @Command(name = "collection", description = "Show a collection's schema, row count and load state.")
    static final class Collection extends SessionCommand {
        @Option(
                names = {"-c", "--collection-name"},
                required = true,
                paramLabel = "NAME",
                description = "Name of the collection.")
        String collection;

        @Override
        int run(Session session) {
            DescribeCollectionResponse described = session.client()
                    .describeCollection(DescribeCollectionParam.newBuilder()
                            .withCollectionName(collection)
                            .build())
                    .orThrow();
            DescCollResponseWrapper d = new DescCollResponseWrapper(described);
            long rows = new GetCollStatResponseWrapper(session.client()
                            .getCollectionStatistics(GetCollectionStatisticsParam.newBuilder()
                                    .withCollectionName(collection)
                                    .build())
                            .orThrow())
                    .getRowCount();
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("name", d.getCollectionName());
            r.put("id", d.getCollectionID());
            r.put("description", d.getCollectionDescription());
            r.put("shards_num", d.getShardNumber());
            r.put("row_count", rows);
            r.put("load_state", loadState(session, collection, List.of()));
            List<Map<String, Object>> fields = new ArrayList<>();
            for (FieldType f : d.getFields()) {
                Map<String, Object> fm = new LinkedHashMap<>();
                fm.put("name", f.getName());
                fm.put("type", f.getDataType().name());
                fm.put("primary_key", f.isPrimaryKey());
                fm.put("auto_id", f.isAutoID());
                if (f.isVector()) {
                    fm.put("dim", f.getDimension());
                }
                fields.add(fm);
            }
            r.put("fields", fields);
            r.put("aliases", d.getAliases());
            Map<String, Object> properties = new LinkedHashMap<>();
            described.getPropertiesList().forEach(p -> properties.put(p.getKey(), p.getValue()));
            r.put("properties", properties);
            output().record(r);
            return ExitCodes.OK;
        }
    }

    /** {@code describe partition -c book -p novel}: row count and load state. */
    @Command(name = "partition", description = "Show a partition's row count and load state.")
    static final class Partition extends SessionCommand {
        @Option(
                names = {"-c", "--collection-name"},
                required = true,
                paramLabel = "NAME",
                description = "Name of the collection.")
        String collection;

        @Option(
                names = {"-p", "--partition"},
                required = true,
                paramLabel = "NAME",
                description = "Name of the partition.")
        String partition;

        @Override
        int run(Session session) {
            long rows = StatsCommands.partitionRows(session, collection, partition);
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("collection", collection);
            r.put("name", partition);
            r.put("row_count", rows);
            r.put("load_state", loadState(session, collection, List.of(partition)));
            output().record(r);
            return ExitCodes.OK;
        }
    }

    /** The load state without the enum's prefix: NotExist, NotLoad, Loading, Loaded. */
    static String loadState(Session session, String collection, List<String> partitions) {
        return session.client()
                .getLoadState(GetLoadStateParam.newBuilder()
                        .withCollectionName(collection)
                        .withPartitionNames(partitions)
                        .build())
                .orThrow()
                .getState()
                .name()
                .replace("LoadState", "");
    }
}
