package io.partita.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.partita.model.QuerySegmentInfo;
import io.partita.param.collection.GetLoadingProgressParam;
import io.partita.param.control.GetMetricsParam;
import io.partita.param.control.GetQuerySegmentInfoParam;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code show loading_progress|memory}. */
@Command(
        name = "show",
        description = "Show loading progress or query-node memory.",
        subcommands = {ShowCommand.LoadingProgress.class, ShowCommand.Memory.class})
final class ShowCommand extends GroupCommand {

    /** {@code show loading_progress -c book [-p novel ...]}. */
    @Command(name = "loading_progress", description = "Show how far a load has got (0-100) and the load state.")
    static final class LoadingProgress extends SessionCommand {
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
            long progress = session.client()
                    .getLoadingProgress(GetLoadingProgressParam.newBuilder()
                            .withCollectionName(collection)
                            .withPartitionNames(partitions)
                            .build())
                    .orThrow()
                    .getProgress();
            String state = DescribeCommand.loadState(session, collection, partitions);
            List<Object> row = List.of(collection, String.join(",", partitions), progress, state);
            output().table(List.of("collection", "partitions", "loading_progress", "state"), List.of(row));
            return ExitCodes.OK;
        }
    }

    /** {@code show memory [-c book]}: per query node, or per loaded segment of a collection. */
    @Command(
            name = "memory",
            description = "Show memory capacity and use per query node, or per loaded segment with -c.")
    static final class Memory extends SessionCommand {
        @Option(
                names = {"-c", "--collection-name"},
                paramLabel = "NAME",
                description = "Show the loaded segments of this collection instead.")
        String collection;

        @Override
        int run(Session session) {
            if (collection != null) {
                List<List<Object>> rows = new ArrayList<>();
                for (QuerySegmentInfo s : session.client()
                        .getQuerySegmentInfo(GetQuerySegmentInfoParam.newBuilder()
                                .withCollectionName(collection)
                                .build())
                        .orThrow()
                        .getInfosList()) {
                    rows.add(List.of(
                            s.getSegmentID(),
                            s.getPartitionID(),
                            s.getNumRows(),
                            s.getMemSize(),
                            s.getNodeIdsList().toString()));
                }
                output().table(List.of("segment_id", "partition_id", "num_rows", "mem_size_bytes", "node_ids"), rows);
                return ExitCodes.OK;
            }
            String json = session.client()
                    .getMetrics(GetMetricsParam.newBuilder()
                            .withRequest("{\"metric_type\":\"system_info\"}")
                            .build())
                    .orThrow()
                    .getResponse();
            List<List<Object>> rows = new ArrayList<>();
            for (JsonElement node :
                    JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("nodes_info")) {
                JsonObject infos = node.getAsJsonObject().getAsJsonObject("infos");
                if (!"querynode".equals(infos.get("type").getAsString())) {
                    continue;
                }
                JsonObject hw = infos.getAsJsonObject("hardware_infos");
                long capacity = hw.get("memory").getAsLong();
                long used = hw.get("memory_usage").getAsLong();
                rows.add(List.of(
                        infos.get("name").getAsString(),
                        capacity,
                        used,
                        capacity == 0 ? 0 : Math.round(used * 1000.0 / capacity) / 10.0));
            }
            output().table(List.of("node", "capacity_bytes", "used_bytes", "used_percent"), rows);
            return ExitCodes.OK;
        }
    }
}
