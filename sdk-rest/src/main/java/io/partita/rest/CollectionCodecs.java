package io.partita.rest;

import com.google.gson.JsonObject;
import io.partita.model.BoolResponse;
import io.partita.model.ConsistencyLevel;
import io.partita.model.DescribeCollectionResponse;
import io.partita.model.FlushResponse;
import io.partita.model.GetCollectionStatisticsResponse;
import io.partita.model.GetLoadStateResponse;
import io.partita.model.GetLoadingProgressResponse;
import io.partita.model.LoadState;
import io.partita.model.LongArray;
import io.partita.model.ShowCollectionsResponse;
import io.partita.transport.Operations;
import java.util.Map;

/**
 * Codecs of the collection routes ({@code /collection}, {@code /collection/load},
 * {@code /collections}, {@code /persist}, ...). GetLoadingProgress and GetLoadState have no route
 * in Milvus 2.1's HTTP API; the reference server serves them at {@code /collection/loading-progress}
 * and {@code /collection/load-state}, and a server without them answers 404, reported as
 * UNIMPLEMENTED (the client then falls back to ShowPartitions/ShowCollections).
 */
final class CollectionCodecs {
    private CollectionCodecs() {}

    static void register(CodecTable t) {
        t.put(
                Operations.CREATE_COLLECTION,
                (http, p, db) -> JsonValues.statusOf(http.send(SchemaCodec.createBody(p, db))));
        t.put(
                Operations.DROP_COLLECTION,
                (http, p, db) -> JsonValues.statusOf(http.send(Body.of(db)
                        .str("collection_name", p.getCollectionName())
                        .json())));
        t.put(
                Operations.HAS_COLLECTION,
                (http, p, db) -> bool(http.send(Body.of(db)
                        .str("collection_name", p.getCollectionName())
                        .json())));
        t.put(
                Operations.LOAD_COLLECTION,
                (http, p, db) -> JsonValues.statusOf(http.send(Body.of(db)
                        .str("collection_name", p.getCollectionName())
                        .num("replica_number", p.getReplicaNumber())
                        .strs("load_fields", p.getLoadFields())
                        .bool("skip_load_dynamic_field", p.isSkipLoadDynamicField())
                        .strs("resource_groups", p.getResourceGroups())
                        .json())));
        t.put(
                Operations.RELEASE_COLLECTION,
                (http, p, db) -> JsonValues.statusOf(http.send(Body.of(db)
                        .str("collection_name", p.getCollectionName())
                        .json())));
        t.put(
                Operations.DESCRIBE_COLLECTION,
                (http, p, db) -> describe(http.send(Body.of(db)
                        .str("collection_name", p.getCollectionName())
                        .json())));
        t.put(Operations.GET_COLLECTION_STATISTICS, (http, p, db) -> {
            JsonObject r = http.send(
                    Body.of(db).str("collection_name", p.getCollectionName()).json());
            return GetCollectionStatisticsResponse.newBuilder()
                    .setStatus(JsonValues.status(r))
                    .addAllStats(JsonValues.pairs(r, "stats"))
                    .build();
        });
        t.put(
                Operations.SHOW_COLLECTIONS,
                (http, p, db) -> showCollections(http.send(Body.of(db)
                        .strs("collection_names", p.getCollectionNames())
                        .num("type", p.getShowType().getNumber())
                        .json())));
        t.put(
                Operations.FLUSH,
                (http, p, db) -> flush(http.send(Body.of(db)
                        .strs("collection_names", p.getCollectionNames())
                        .json())));
        t.put(Operations.GET_LOADING_PROGRESS, (http, p, db) -> {
            JsonObject r = http.send(Body.of(db)
                    .str("collection_name", p.getCollectionName())
                    .strs("partition_names", p.getPartitionNames())
                    .json());
            return GetLoadingProgressResponse.newBuilder()
                    .setStatus(JsonValues.status(r))
                    .setProgress(JsonValues.lng(r, "progress"))
                    .setRefreshProgress(JsonValues.lng(r, "refresh_progress"))
                    .build();
        });
        t.put(Operations.GET_LOAD_STATE, (http, p, db) -> {
            JsonObject r = http.send(Body.of(db)
                    .str("collection_name", p.getCollectionName())
                    .strs("partition_names", p.getPartitionNames())
                    .json());
            GetLoadStateResponse.Builder b = GetLoadStateResponse.newBuilder().setStatus(JsonValues.status(r));
            LoadState state = LoadState.forNumber(JsonValues.integer(r, "state"));
            if (state != null) {
                b.setState(state);
            }
            return b.build();
        });
    }

    static BoolResponse bool(JsonObject r) {
        return BoolResponse.newBuilder()
                .setStatus(JsonValues.status(r))
                .setValue(JsonValues.bool(r, "value"))
                .build();
    }

    private static DescribeCollectionResponse describe(JsonObject r) {
        DescribeCollectionResponse.Builder b = DescribeCollectionResponse.newBuilder()
                .setStatus(JsonValues.status(r))
                .setCollectionID(JsonValues.lng(r, "collectionID"))
                .setCollectionName(JsonValues.str(r, "collection_name"))
                .addAllVirtualChannelNames(JsonValues.strs(r, "virtual_channel_names"))
                .addAllPhysicalChannelNames(JsonValues.strs(r, "physical_channel_names"))
                .setCreatedTimestamp(JsonValues.lng(r, "created_timestamp"))
                .setCreatedUtcTimestamp(JsonValues.lng(r, "created_utc_timestamp"))
                .setShardsNum(JsonValues.integer(r, "shards_num"))
                .addAllAliases(JsonValues.strs(r, "aliases"));
        JsonObject schema = JsonValues.obj(r, "schema");
        if (schema != null) {
            b.setSchema(SchemaCodec.fromJson(schema));
        }
        ConsistencyLevel level = ConsistencyLevel.forNumber(JsonValues.integer(r, "consistency_level"));
        if (level != null) {
            b.setConsistencyLevel(level);
        }
        return b.build();
    }

    private static ShowCollectionsResponse showCollections(JsonObject r) {
        return ShowCollectionsResponse.newBuilder()
                .setStatus(JsonValues.status(r))
                .addAllCollectionNames(JsonValues.strs(r, "collection_names"))
                .addAllCollectionIds(JsonValues.longs(r, "collection_ids"))
                .addAllCreatedTimestamps(JsonValues.longs(r, "created_timestamps"))
                .addAllCreatedUtcTimestamps(JsonValues.longs(r, "created_utc_timestamps"))
                .addAllInMemoryPercentages(JsonValues.longs(r, "inMemory_percentages"))
                .build();
    }

    private static FlushResponse flush(JsonObject r) {
        FlushResponse.Builder b =
                FlushResponse.newBuilder().setStatus(JsonValues.status(r)).setDbName(JsonValues.str(r, "db_name"));
        JsonObject segs = JsonValues.obj(r, "coll_segIDs");
        if (segs != null) {
            for (Map.Entry<String, com.google.gson.JsonElement> e : segs.entrySet()) {
                if (!e.getValue().isJsonObject()) {
                    throw new IllegalAnswerException(
                            "field \"coll_segIDs\" should map names to {\"data\": [...]}, got " + e.getValue());
                }
                b.putCollSegIDs(
                        e.getKey(),
                        LongArray.newBuilder()
                                .addAllData(JsonValues.longs(e.getValue().getAsJsonObject(), "data"))
                                .build());
            }
        }
        return b.build();
    }
}
