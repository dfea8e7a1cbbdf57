package io.partita.rest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.partita.common.resourcegroup.NodeInfo;
import io.partita.common.resourcegroup.ResourceGroupConfig;
import io.partita.common.resourcegroup.ResourceGroupLimit;
import io.partita.common.resourcegroup.ResourceGroupTransfer;
import io.partita.model.DescribeResourceGroupResponse;
import io.partita.model.ListResourceGroupsResponse;
import io.partita.model.ResourceGroup;
import io.partita.transport.Operations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The RESTful v2 codecs of the resource-group operations ({@code /v2/vectordb/resource_groups/
 * create, drop, alter, list, describe, transfer_replica}; Milvus 2.5's handler_v2.go and
 * request_v2.go: {@code name}, {@code config} with {@code requests}/{@code limits} as
 * {@code {"node_num"}} and {@code transfer_from}/{@code transfer_to} as
 * {@code [{"resource_group"}]}; describe answers the protocol's {@code ResourceGroup} with its field
 * names under {@code data.resource_group}). TransferNode has no RESTful v2 route: it keeps the
 * {@code /api/v1} table, which answers UNIMPLEMENTED. Stateless.
 */
final class V2ResourceGroupCodecs {
    private static final String RG = V2Codecs.PREFIX + "/resource_groups";

    private V2ResourceGroupCodecs() {}

    static void register(CodecTable t) {
        t.put(Operations.CREATE_RESOURCE_GROUP, (http, p, db) -> {
            Body b = Body.of("").str("name", p.getGroupName());
            if (p.getConfig() != null) {
                b.add("config", config(p.getConfig()));
            }
            return V2Codecs.status(http.post(RG + "/create", b.json()));
        });
        t.put(
                Operations.DROP_RESOURCE_GROUP,
                (http, p, db) -> V2Codecs.status(http.post(
                        RG + "/drop", Body.of("").str("name", p.getGroupName()).json())));
        t.put(Operations.UPDATE_RESOURCE_GROUPS, (http, p, db) -> {
            JsonObject groups = new JsonObject();
            p.getResourceGroups().forEach((name, c) -> groups.add(name, config(c)));
            return V2Codecs.status(http.post(
                    RG + "/alter", Body.of("").add("resource_groups", groups).json()));
        });
        t.put(
                Operations.TRANSFER_REPLICA,
                (http, p, db) -> V2Codecs.status(http.post(
                        RG + "/transfer_replica",
                        Body.v2(p.getDatabaseName() == null ? db : p.getDatabaseName())
                                .str("sourceRgName", p.getSourceGroupName())
                                .str("targetRgName", p.getTargetGroupName())
                                .str("collectionName", p.getCollectionName())
                                .num("replicaNum", p.getReplicaNumber())
                                .json())));
        t.put(Operations.LIST_RESOURCE_GROUPS, (http, p, db) -> {
            JsonObject a = http.post(RG + "/list", new JsonObject());
            return ListResourceGroupsResponse.newBuilder()
                    .setStatus(V2Codecs.status(a))
                    .addAllResourceGroups(V2Codecs.names(a))
                    .build();
        });
        t.put(Operations.DESCRIBE_RESOURCE_GROUP, (http, p, db) -> {
            JsonObject a = http.post(
                    RG + "/describe", Body.of("").str("name", p.getGroupName()).json());
            DescribeResourceGroupResponse.Builder b =
                    DescribeResourceGroupResponse.newBuilder().setStatus(V2Codecs.status(a));
            JsonObject data = JsonValues.obj(a, "data");
            JsonObject g = data == null ? null : JsonValues.obj(data, "resource_group");
            if (g != null) {
                b.setResourceGroup(group(g));
            }
            return b.build();
        });
    }

    private static JsonObject config(ResourceGroupConfig c) {
        return Body.of("")
                .add("requests", limit(c.getRequests()))
                .add("limits", limit(c.getLimits()))
                .add("transfer_from", transfers(c.getFrom()))
                .add("transfer_to", transfers(c.getTo()))
                .json();
    }

    /** {@code {"node_num": n}}, 0 included (the server requires the object to name it). */
    private static JsonObject limit(ResourceGroupLimit l) {
        JsonObject o = new JsonObject();
        o.addProperty("node_num", l.getNodeNum());
        return o;
    }

    private static JsonArray transfers(List<ResourceGroupTransfer> groups) {
        JsonArray out = new JsonArray();
        groups.forEach(g -> out.add(
                Body.of("").str("resource_group", g.getResourceGroupName()).json()));
        return out;
    }

    /** The protocol's ResourceGroup as protobuf's JSON printer writes it (proto field names, defaults left out). */
    private static ResourceGroup group(JsonObject g) {
        ResourceGroup.Builder b = ResourceGroup.newBuilder()
                .setName(JsonValues.str(g, "name"))
                .setCapacity(JsonValues.integer(g, "capacity"))
                .setNumAvailableNode(JsonValues.integer(g, "num_available_node"))
                .putAllNumLoadedReplica(counts(g, "num_loaded_replica"))
                .putAllNumOutgoingNode(counts(g, "num_outgoing_node"))
                .putAllNumIncomingNode(counts(g, "num_incoming_node"));
        JsonObject c = JsonValues.obj(g, "config");
        if (c != null) {
            b.setConfig(ResourceGroupConfig.newBuilder()
                    .withRequests(new ResourceGroupLimit(nodeNum(c, "requests")))
                    .withLimits(new ResourceGroupLimit(nodeNum(c, "limits")))
                    .withFrom(groups(c, "transfer_from"))
                    .withTo(groups(c, "transfer_to"))
                    .build());
        }
        for (JsonObject n : JsonValues.objs(g, "nodes")) {
            b.addNodes(NodeInfo.builder()
                    .nodeId(JsonValues.lng(n, "node_id"))
                    .address(JsonValues.str(n, "address"))
                    .hostname(JsonValues.str(n, "hostname"))
                    .build());
        }
        return b.build();
    }

    private static int nodeNum(JsonObject config, String key) {
        JsonObject l = JsonValues.obj(config, key);
        return l == null ? 0 : JsonValues.integer(l, "node_num");
    }

    private static List<ResourceGroupTransfer> groups(JsonObject config, String key) {
        return JsonValues.objs(config, key).stream()
                .map(o -> new ResourceGroupTransfer(JsonValues.str(o, "resource_group")))
                .collect(Collectors.toList());
    }

    private static Map<String, Integer> counts(JsonObject g, String key) {
        Map<String, Integer> out = new LinkedHashMap<>();
        JsonObject m = JsonValues.obj(g, key);
        if (m != null) {
            for (Map.Entry<String, JsonElement> e : m.entrySet()) {
                out.put(e.getKey(), e.getValue().getAsInt());
            }
        }
        return out;
    }
}
