package io.partita.cli;

import io.partita.model.ReplicaInfo;
import io.partita.param.collection.GetCollectionStatisticsParam;
import io.partita.param.control.GetReplicasParam;
import io.partita.param.partition.GetPartitionStatisticsParam;
import io.partita.response.GetCollStatResponseWrapper;
import io.partita.response.GetPartStatResponseWrapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * milvus_cli 1.x's read-only {@code show} commands that map to one RPC each: {@code show
 * load_state}, {@code show collection_stats}, {@code show partition_stats}, {@code show replicas}.
 */
final class StatsCommands {
    private StatsCommands() {}

    /** {@code show load_state -c book [-p novel]}: NotExist, NotLoad, Loading or Loaded. */
    @Command(name = "load_state", description = "Show the load state of a collection or of partitions.")
    static final class LoadState extends SessionCommand {
        @Option(
                names = {"-c", "--collection-name"},
                required = true,
                paramLabel = "NAME",
                description = "Name of the collection.")
        String collection;

        @Option(
                names = {"-p", "--partition"},
                paramLabel = "NAME",
                description = "A partition (repeat); none means the collection.")
        List<String> partitions = new ArrayList<>();

        @Override
        int run(Session session) {
            String state = DescribeCommand.loadState(session, collection, partitions);
            output().table(
                            List.of("collection", "partitions", "load_state"),
                            List.of(List.of(collection, String.join(",", partitions), state)));
            return ExitCodes.OK;
        }
    }

    /** {@code show collection_stats -c book}: the row count. */
    @Command(name = "collection_stats", description = "Show a collection's statistics (row count).")
    static final class CollectionStats extends SessionCommand {
        @Option(
                names = {"-c", "--collection-name"},
                required = true,
                paramLabel = "NAME",
                description = "Name of the collection.")
        String collection;

        @Override
        int run(Session session) {
            long rows = new GetCollStatResponseWrapper(session.client()
                            .getCollectionStatistics(GetCollectionStatisticsParam.newBuilder()
                                    .withCollectionName(collection)
                                    .build())
                            .orThrow())
                    .getRowCount();
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("collection", collection);
            r.put("row_count", rows);
            output().record(r);
            return ExitCodes.OK;
        }
    }

    /** A partition's row count, as {@code show partition_stats} and {@code describe partition} print it. */
    static long partitionRows(Session session, String collection, String partition) {
        return new GetPartStatResponseWrapper(session.client()
                        .getPartitionStatistics(GetPartitionStatisticsParam.newBuilder()
                                .withCollectionName(collection)
                                .withPartitionName(partition)
                                .build())
                        .orThrow())
                .getRowCount();
    }

    /** {@code show partition_stats -c book -p novel}: the row count. */
    @Command(name = "partition_stats", description = "Show a partition's statistics (row count).")
    static final class PartitionStats extends SessionCommand {
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
            r.put("partition", partition);
            r.put("row_count", rows);
            output().record(r);
            return ExitCodes.OK;
        }
    }

    /** {@code show replicas -c book}: one row per in-memory replica. */
    @Command(name = "replicas", description = "Show the in-memory replicas of a loaded collection.")
    static final class Replicas extends SessionCommand {
        @Option(
                names = {"-c", "--collection-name"},
                required = true,
                paramLabel = "NAME",
                description = "Name of the collection.")
        String collection;

        @Override
        int run(Session session) {
            List<List<Object>> rows = new ArrayList<>();
            for (ReplicaInfo r : session.client()
                    .getReplicas(GetReplicasParam.newBuilder()
                            .withCollectionName(collection)
                            .build())
                    .orThrow()
                    .getReplicasList()) {
                rows.add(List.of(
                        r.getReplicaID(),
                        r.getPartitionIdsList().toString(),
                        r.getShardReplicasCount(),
                        r.getNodeIdsList().toString()));
            }
            output().table(List.of("replica_id", "partition_ids", "shards", "node_ids"), rows);
            return ExitCodes.OK;
        }
    }

    /** {@code show query_segment_info -c book}: the loaded segments, as {@code show memory -c book}. */
    @Command(name = "query_segment_info", description = "Show the loaded segments of a collection.")
    static final class QuerySegments extends SessionCommand {
        @Option(
                names = {"-c", "--collection-name"},
                required = true,
                paramLabel = "NAME",
                description = "Name of the collection.")
        String collection;

        @Option(names = "--bytes", description = "Print byte counts instead of KiB/MiB/GiB.")
        boolean bytes;

        @Override
        int run(Session session) {
            return ShowMemoryCommand.segments(this, session, collection, bytes || output().isJson());
        }
    }
}
