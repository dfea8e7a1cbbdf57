package io.partita.v2.client;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.partita.model.DescribeIndexResponse;
import io.partita.model.IndexDescription;
import io.partita.model.KeyValuePair;
import io.partita.param.IndexType;
import io.partita.param.MetricType;
import io.partita.param.index.AlterIndexParam;
import io.partita.param.index.CreateIndexParam;
import io.partita.param.index.DescribeIndexParam;
import io.partita.param.index.DropIndexParam;
import io.partita.v2.common.IndexBuildState;
import io.partita.v2.common.IndexParam;
import io.partita.v2.internal.Checks;
import io.partita.v2.service.index.request.CreateIndexReq;
import io.partita.v2.service.index.request.DescribeIndexReq;
import io.partita.v2.service.index.request.DropIndexReq;
import io.partita.v2.service.index.request.ListIndexesReq;
import io.partita.v2.service.index.response.DescribeIndexResp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The index calls of {@link MilvusClientV2}, each through sdk-core's index calls. */
final class IndexOps {
    private static final Gson GSON = new Gson();

    private IndexOps() {}

    static void create(Session s, CreateIndexReq r) {
        s.checkDatabase(r.getDatabaseName());
        for (IndexParam p : r.getIndexParams()) {
            createOne(s, r.getCollectionName(), p, Boolean.TRUE.equals(r.getSync()), r.getTimeout());
        }
    }

    static void createOne(Session s, String collection, IndexParam p, boolean sync, Long timeoutMs) {
        IndexType type = v1IndexType(p.getIndexType());
        // sdk-core needs a metric; a scalar index has none and the server ignores it there.
        MetricType metric = p.getMetricType() == null ? MetricType.L2 : v1Metric(p.getMetricType());
        long seconds = sync ? Waits.seconds(timeoutMs, 3600, "CreateIndexReq.timeout") : 600;
        Failures.orThrow(s.v1.createIndex(Failures.params(() -> CreateIndexParam.newBuilder()
                .withCollectionName(collection)
                .withFieldName(p.getFieldName())
                .withIndexName(p.getIndexName())
                .withIndexType(type)
                .withMetricType(metric)
                .withExtraParam(GSON.toJson(p.getExtraParams()))
                .withSyncMode(sync)
                .withSyncWaitingTimeout(seconds)
                .build())));
    }

    static DescribeIndexResp describe(Session s, DescribeIndexReq r) {
        s.checkDatabase(r.getDatabaseName());
        DescribeIndexResponse d = describeRaw(s, r.getCollectionName(), r.getFieldName(), r.getIndexName());
        List<DescribeIndexResp.IndexDesc> descs = new ArrayList<>();
        for (IndexDescription i : d.getIndexDescriptionsList()) {
            descs.add(toDesc(i));
        }
        return DescribeIndexResp.builder().indexDescriptions(descs).build();
    }

    static DescribeIndexResponse describeRaw(Session s, String collection, String field, String index) {
        return Failures.orThrow(s.v1.describeIndex(Failures.params(() -> DescribeIndexParam.newBuilder()
                .withCollectionName(collection)
                .withFieldName(field == null ? "" : field)
                .withIndexName(index == null ? "" : index)
                .build())));
    }

    static void drop(Session s, DropIndexReq r) {
        s.checkDatabase(r.getDatabaseName());
        Failures.orThrow(s.v1.dropIndex(Failures.params(() -> DropIndexParam.newBuilder()
                .withCollectionName(r.getCollectionName())
                .withFieldName(r.getFieldName() == null ? "" : r.getFieldName())
                .withIndexName(r.getIndexName() == null ? "" : r.getIndexName())
                .build())));
    }

    /** AlterIndex with properties to set and keys to remove (alterIndexProperties, dropIndexProperties, alterIndex). */
    static void alter(
            Session s,
            String database,
            String collection,
            String index,
            Map<String, String> properties,
            List<String> deleteKeys) {
        s.checkDatabase(database);
        Failures.orThrow(s.v1.alterIndex(Failures.params(() -> {
            AlterIndexParam.Builder b =
                    AlterIndexParam.newBuilder().withCollectionName(collection).withIndexName(index);
            properties.forEach(b::withProperty);
            deleteKeys.forEach(b::withDeleteKey);
            return b.build();
        })));
    }

    /** @return the index names, of one field when {@code fieldName} is set; none when the collection has no index */
    static List<String> list(Session s, ListIndexesReq r) {
        s.checkDatabase(r.getDatabaseName());
        DescribeIndexResponse d;
        try {
            d = describeRaw(s, r.getCollectionName(), "", "");
        } catch (io.partita.v2.exception.MilvusClientException e) {
            // The server answers "index not found" for a collection without indexes; the official client lists none.
            if (e.getErrorCode() == io.partita.v2.exception.ErrorCode.SERVER_ERROR
                    && e.getMessage().toLowerCase(Locale.ROOT).contains("index not")) {
                return List.of();
            }
            throw e;
        }
        List<String> names = new ArrayList<>();
        for (IndexDescription i : d.getIndexDescriptionsList()) {
            if (r.getFieldName() == null
                    || r.getFieldName().isEmpty()
                    || r.getFieldName().equals(i.getFieldName())) {
                names.add(i.getIndexName());
            }
        }
        return names;
    }

    /** @return the metric of the index on {@code field}, for a search that names none */
    static MetricType metricOf(Session s, String collection, String field) {
        DescribeIndexResponse d = describeRaw(s, collection, field, "");
        for (IndexDescription i : d.getIndexDescriptionsList()) {
            for (KeyValuePair p : i.getParamsList()) {
                if (p.getKey().equals("metric_type") && !p.getValue().isEmpty()) {
                    return MetricType.valueOf(p.getValue().toUpperCase(Locale.ROOT));
                }
            }
        }
        throw Checks.invalid("SearchReq.metricType is not set and field '" + field + "' of collection " + collection
                + " has no index with a metric; set metricType");
    }

    static MetricType v1Metric(IndexParam.MetricType m) {
        try {
            return MetricType.valueOf(m.name());
        } catch (IllegalArgumentException e) {
            throw Checks.invalid(
                    "metric type " + m + " is not supported by Partita; use L2, IP, COSINE, HAMMING or" + " JACCARD");
        }
    }

    private static IndexType v1IndexType(IndexParam.IndexType t) {
        try {
            return IndexType.valueOf(t.name());
        } catch (IllegalArgumentException e) {
            throw Checks.invalid("index type " + t + " is not supported by Partita; use AUTOINDEX, FLAT, IVF_FLAT,"
                    + " IVF_SQ8, IVF_PQ, HNSW, BIN_FLAT or BIN_IVF_FLAT");
        }
    }

    private static DescribeIndexResp.IndexDesc toDesc(IndexDescription i) {
        IndexParam.IndexType type = IndexParam.IndexType.None;
        IndexParam.MetricType metric = IndexParam.MetricType.INVALID;
        Map<String, String> extra = new HashMap<>();
        for (KeyValuePair p : i.getParamsList()) {
            switch (p.getKey()) {
                case "index_type":
                    type = enumOr(IndexParam.IndexType.class, p.getValue().toUpperCase(Locale.ROOT), type);
                    break;
                case "metric_type":
                    metric = enumOr(IndexParam.MetricType.class, p.getValue(), metric);
                    break;
                case "params":
                    extra.putAll(jsonParams(p.getValue()));
                    break;
                default:
                    extra.put(p.getKey(), p.getValue());
            }
        }
        return DescribeIndexResp.IndexDesc.builder()
                .indexName(i.getIndexName())
                .fieldName(i.getFieldName())
                .id(i.getIndexID())
                .indexType(type)
                .metricType(metric)
                .totalRows(i.getTotalRows())
                .indexedRows(i.getIndexedRows())
                .indexState(i.hasState() ? IndexBuildState.valueOf(i.getState().name()) : null)
                .indexFailedReason(i.getIndexStateFailReason())
                .extraParams(extra)
                .build();
    }

    private static Map<String, String> jsonParams(String json) {
        Map<String, String> out = new HashMap<>();
        try {
            JsonElement e = JsonParser.parseString(json);
            if (e.isJsonObject()) {
                JsonObject o = e.getAsJsonObject();
                for (String key : o.keySet()) {
                    JsonElement v = o.get(key);
                    out.put(key, v.isJsonPrimitive() ? v.getAsString() : v.toString());
                }
            }
        } catch (JsonParseException ignored) {
            out.put("params", json);
        }
        return out;
    }

    private static <E extends Enum<E>> E enumOr(Class<E> type, String name, E otherwise) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return otherwise;
        }
    }
}
