package io.partita.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.partita.model.QuerySegmentInfo;
import io.partita.param.control.GetMetricsParam;
import io.partita.param.control.GetQuerySegmentInfoParam;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code show memory [-c book] [--bytes]}: capacity and use per query node, or the memory of each
 * loaded segment of a collection. Tables print binary units (MiB, GiB); {@code --bytes} prints raw
 * byte counts instead, and {@code --json} always carries raw bytes in {@code *_bytes} keys.
 */
@Command(name = "memory", description = "Show memory capacity and use per query node, or per loaded segment with -c.")
final class ShowMemoryCommand extends SessionCommand {
    @Option(
            names = {"-c", "--collection-name"},
            paramLabel = "NAME",
            description = "Show the loaded segments of this collection instead.")
    String collection;

    @Option(names = "--bytes", description = "Print byte counts instead of KiB/MiB/GiB.")
    boolean bytes;

    @Override
    int run(Session session) {
        boolean raw = bytes || output().isJson();
        if (collection != null) {
            return segments(this, session, collection, raw);
        }
        String json = session.client()
                .getMetrics(GetMetricsParam.newBuilder()
                        .withRequest("{\"metric_type\":\"system_info\"}")
                        .build())
                .orThrow()
                .getResponse();
        List<List<Object>> rows = new ArrayList<>();
        for (JsonElement node : JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("nodes_info")) {
            JsonObject infos = node.getAsJsonObject().getAsJsonObject("infos");
            if (!"querynode".equals(infos.get("type").getAsString())) {
                continue;
            }
            JsonObject hw = infos.getAsJsonObject("hardware_infos");
            long capacity = hw.get("memory").getAsLong();
            long used = hw.get("memory_usage").getAsLong();
            rows.add(List.of(
                    infos.get("name").getAsString(),
                    size(capacity, raw),
                    size(used, raw),
                    capacity == 0 ? 0 : Math.round(used * 1000.0 / capacity) / 10.0));
        }
        output().table(
                        List.of(
                                "node",
                                raw ? "capacity_bytes" : "capacity",
                                raw ? "used_bytes" : "used",
                                "used_percent"),
                        rows);
        return ExitCodes.OK;
    }

    /** One row per loaded segment of the collection (also {@code show query_segment_info}). */
    static int segments(SessionCommand command, Session session, String collection, boolean raw) {
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
                    size(s.getMemSize(), raw),
                    s.getNodeIdsList().toString()));
        }
        command.output()
                .table(
                        List.of(
                                "segment_id",
                                "partition_id",
                                "num_rows",
                                raw ? "mem_size_bytes" : "mem_size",
                                "node_ids"),
                        rows);
        return ExitCodes.OK;
    }

    private static Object size(long bytes, boolean raw) {
        return raw ? (Object) bytes : ByteUnits.human(bytes);
    }
}
