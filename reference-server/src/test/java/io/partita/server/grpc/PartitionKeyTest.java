package io.partita.server.grpc;

import static io.partita.server.grpc.LiveServer.assertOk;
import static io.partita.server.grpc.WireRequests.kv;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import io.partita.wire.CreateCollectionRequest;
import io.partita.wire.DataType;
import io.partita.wire.DeleteRequest;
import io.partita.wire.DescribeCollectionRequest;
import io.partita.wire.DescribeCollectionResponse;
import io.partita.wire.DropPartitionRequest;
import io.partita.wire.FieldData;
import io.partita.wire.FieldSchema;
import io.partita.wire.FlushRequest;
import io.partita.wire.GetPartitionStatisticsRequest;
import io.partita.wire.InsertRequest;
import io.partita.wire.LoadCollectionRequest;
import io.partita.wire.LoadPartitionsRequest;
import io.partita.wire.LongArray;
import io.partita.wire.MutationResult;
import io.partita.wire.ReleasePartitionsRequest;
import io.partita.wire.ScalarField;
import io.partita.wire.ShowPartitionsRequest;
import io.partita.wire.ShowPartitionsResponse;
import io.partita.wire.Status;
import io.partita.wire.UpsertRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Partition keys through the gRPC port: hidden partitions {@code _default_0 …}, rows routed by
 * Milvus's hash (expected partitions computed with Go's {@code spaolacci/murmur3} and
 * {@code hash/crc32}, the libraries Milvus's {@code typeutil} uses), Milvus's refusals of manual
 * partition calls, pruning of reads filtered on the key, and a restart.
 */
class PartitionKeyTest {
    @TempDir
    Path dir;

    /** Keys and the partition (of 16) Milvus routes each to: Go, murmur3 x86_32 of 8 LE bytes & 0x7fffffff. */
    private static final Map<Long, Integer> ROUTES =
            Map.of(0L, 12, 1L, 4, 2L, 4, 42L, 14, -1L, 8, 1000L, 12, 123456789012L, 15);

    private LiveServer start(Profile profile) throws Exception {
        return new LiveServer(ReferenceServer.builder().dataDir(dir).profile(profile));
    }

    private static io.partita.wire.CollectionSchema keyed(String name, DataType keyType, boolean keyOnPk) {
        FieldSchema.Builder key = FieldSchema.newBuilder()
                .setName("tenant")
                .setDataType(keyType)
                .setIsPartitionKey(true)
                .addTypeParams(kv("max_length", "64"));
        return io.partita.wire.CollectionSchema.newBuilder()
                .setName(name)
                .addFields(FieldSchema.newBuilder()
                        .setName("id")
                        .setDataType(DataType.Int64)
                        .setIsPrimaryKey(true)
                        .setIsPartitionKey(keyOnPk))
                .addFields(keyOnPk ? FieldSchema.newBuilder().setName("other").setDataType(DataType.Int64) : key)
                .addFields(FieldSchema.newBuilder()
                        .setName("vec")
                        .setDataType(DataType.FloatVector)
                        .addTypeParams(kv("dim", "4")))
                .build();
    }

    private static Status create(LiveServer s, io.partita.wire.CollectionSchema schema, long numPartitions) {
        return s.stub()
                .createCollection(CreateCollectionRequest.newBuilder()
                        .setCollectionName(schema.getName())
                        .setSchema(schema.toByteString())
                        .setNumPartitions(numPartitions)
                        .build());
    }

    private static FieldData longs(String field, long... values) {
        LongArray.Builder a = LongArray.newBuilder();
        for (long v : values) {
            a.addData(v);
        }
        return FieldData.newBuilder()
                .setFieldName(field)
                .setType(DataType.Int64)
                .setScalars(ScalarField.newBuilder().setLongData(a))
                .build();
    }

    /** Rows {@code id = i}, {@code tenant = tenants[i]}, vector {@code (i, 0, 0, 0)}. */
    private static InsertRequest.Builder rows(String collection, long firstId, long... tenants) {
        long[] ids = new long[tenants.length];
        float[][] vectors = new float[tenants.length][];
        for (int i = 0; i < tenants.length; i++) {
            ids[i] = firstId + i;
            vectors[i] = new float[] {ids[i], 0, 0, 0};
        }
        return InsertRequest.newBuilder()
                .setCollectionName(collection)
                .addFieldsData(WireRequests.ids(ids))
                .addFieldsData(longs("tenant", tenants))
                .addFieldsData(WireRequests.vectors(LiveServer.DIM, vectors))
                .setNumRows(tenants.length);
    }

    private static List<String> partitions(LiveServer s, String c) {
        ShowPartitionsResponse r = s.stub()
                .showPartitions(
                        ShowPartitionsRequest.newBuilder().setCollectionName(c).build());
        assertOk(r.getStatus());
        return r.getPartitionNamesList();
    }

    private static long rowCount(LiveServer s, String c, String partition) {
        var r = s.stub()
                .getPartitionStatistics(GetPartitionStatisticsRequest.newBuilder()
                        .setCollectionName(c)
                        .setPartitionName(partition)
                        .build());
        assertOk(r.getStatus());
        return Long.parseLong(r.getStats(0).getValue());
    }

    private static DescribeCollectionResponse describe(LiveServer s, String c) {
        DescribeCollectionResponse d = s.stub()
                .describeCollection(DescribeCollectionRequest.newBuilder()
                        .setCollectionName(c)
                        .build());
        assertOk(d.getStatus());
        return d;
    }

    private static long[] tenantsOfRoutes() {
        return ROUTES.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
    }

    @Test
    void hiddenPartitionsRouteRowsByMilvussHashAndReadsPruneToTheKeysPartitions() throws Exception {
        try (LiveServer s = start(Profile.MILVUS_2_6)) {
            assertOk(create(s, keyed("book", DataType.Int64, false), 0));
            DescribeCollectionResponse d = describe(s, "book");
            assertThat(d.getNumPartitions()).isEqualTo(16);
            assertThat(d.getSchema().getFields(1).getIsPartitionKey()).isTrue();
            assertThat(d.getSchema().getFields(0).getIsPartitionKey()).isFalse();
            List<String> expectedNames = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                expectedNames.add("_default_" + i);
            }
            assertThat(partitions(s, "book")).containsExactlyElementsOf(expectedNames);

            long[] tenants = tenantsOfRoutes();
            MutationResult m = s.stub().insert(rows("book", 0, tenants).build());
            assertOk(m.getStatus());
            assertThat(m.getInsertCnt()).isEqualTo(tenants.length);
            Map<Integer, Long> expected = new TreeMap<>();
            ROUTES.values().forEach(p -> expected.merge(p, 1L, Long::sum));
            for (int i = 0; i < 16; i++) {
                assertThat(rowCount(s, "book", "_default_" + i))
                        .as("rows routed to _default_%d", i)
                        .isEqualTo(expected.getOrDefault(i, 0L));
            }
            // an upsert is routed the same way: row 0 (tenant -1 -> _default_8) moves to tenant 42 (_default_14)
            long firstTenant = tenants[0];
            assertThat(firstTenant).isEqualTo(-1L);
            assertOk(s.stub()
                    .upsert(UpsertRequest.newBuilder()
                            .setCollectionName("book")
                            .addAllFieldsData(rows("book", 0, 42L).getFieldsDataList())
                            .setNumRows(1)
                            .build())
                    .getStatus());
            assertThat(rowCount(s, "book", "_default_14")).isEqualTo(2);

            assertOk(s.stub()
                    .flush(FlushRequest.newBuilder().addCollectionNames("book").build())
                    .getStatus());
            assertOk(s.stub()
                    .loadCollection(LoadCollectionRequest.newBuilder()
                            .setCollectionName("book")
                            .build()));
            s.awaitLoaded("book");

            var engine = s.server.engine();
            long before = engine.segmentsRead("book");
            assertThat(LiveServer.ids(s.query("book", "id >= 0"))).hasSize(tenants.length);
            long all = engine.segmentsRead("book") - before;

            before = engine.segmentsRead("book");
            assertThat(LiveServer.ids(s.query("book", "tenant == 42"))).containsExactlyInAnyOrder(0L, 4L);
            long pruned = engine.segmentsRead("book") - before;
            assertThat(pruned)
                    .as("segments read by a query on one key")
                    .isPositive()
                    .isLessThan(all);

            before = engine.segmentsRead("book");
            var hits = s.stub()
                    .search(WireRequests.search("book", "10", new float[] {0, 0, 0, 0})
                            .setDsl("tenant in [1, 2]")
                            .build());
            assertThat(LiveServer.ids(hits)).containsExactlyInAnyOrder(2L, 3L);
            assertThat(engine.segmentsRead("book") - before)
                    .as("segments read by a search on two keys of one partition")
                    .isLessThan(all);
        }
        // persisted: the key, the partitions, the routing and the load survive a restart
        try (LiveServer s = start(Profile.MILVUS_2_6)) {
            assertThat(describe(s, "book").getSchema().getFields(1).getIsPartitionKey())
                    .isTrue();
            assertThat(partitions(s, "book")).hasSize(16);
            s.awaitLoaded("book");
            assertThat(LiveServer.ids(s.query("book", "tenant == 1000"))).hasSize(1);
            assertOk(s.stub().insert(rows("book", 100, 1000L).build()).getStatus());
            assertThat(rowCount(s, "book", "_default_12")).isEqualTo(3);
        }
    }

    @Test
    void manualPartitionCallsGetMilvussRefusals() throws Exception {
        try (LiveServer s = start(Profile.MILVUS_2_6)) {
            assertOk(create(s, keyed("book", DataType.VarChar, false), 4));
            assertThat(partitions(s, "book")).containsExactly("_default_0", "_default_1", "_default_2", "_default_3");
            String suffix = " if partition key mode is used";
            assertThat(s.stub()
                            .createPartition(io.partita.wire.CreatePartitionRequest.newBuilder()
                                    .setCollectionName("book")
                                    .setPartitionName("p1")
                                    .build())
                            .getReason())
                    .isEqualTo("disable create partition" + suffix);
            assertThat(s.stub()
                            .dropPartition(DropPartitionRequest.newBuilder()
                                    .setCollectionName("book")
                                    .setPartitionName("_default_1")
                                    .build())
                            .getReason())
                    .isEqualTo("disable drop partition" + suffix);
            assertThat(s.stub()
                            .loadPartitions(LoadPartitionsRequest.newBuilder()
                                    .setCollectionName("book")
                                    .addPartitionNames("_default_1")
                                    .build())
                            .getReason())
                    .isEqualTo("disable load partitions" + suffix);
            assertThat(s.stub()
                            .releasePartitions(ReleasePartitionsRequest.newBuilder()
                                    .setCollectionName("book")
                                    .addPartitionNames("_default_1")
                                    .build())
                            .getReason())
                    .isEqualTo("disable release partitions" + suffix);
            String manual = "not support manually specifying the partition names" + suffix;
            FieldData tenant = FieldData.newBuilder()
                    .setFieldName("tenant")
                    .setType(DataType.VarChar)
                    .setScalars(ScalarField.newBuilder()
                            .setStringData(
                                    io.partita.wire.StringArray.newBuilder().addData("red")))
                    .build();
            InsertRequest named = InsertRequest.newBuilder()
                    .setCollectionName("book")
                    .setPartitionName("_default_1")
                    .addFieldsData(WireRequests.ids(1))
                    .addFieldsData(tenant)
                    .addFieldsData(WireRequests.vectors(LiveServer.DIM, new float[] {1, 0, 0, 0}))
                    .setNumRows(1)
                    .build();
            assertThat(s.stub().insert(named).getStatus().getReason()).isEqualTo(manual);
            assertThat(s.stub()
                            .delete(DeleteRequest.newBuilder()
                                    .setCollectionName("book")
                                    .setPartitionName("_default_1")
                                    .setExpr("id in [1]")
                                    .build())
                            .getStatus()
                            .getReason())
                    .isEqualTo(manual);
            // a VARCHAR key routes by CRC-32 (Go: "red" -> 4200685455 % 4 = 3)
            assertOk(s.stub()
                    .insert(named.toBuilder().clearPartitionName().build())
                    .getStatus());
            assertThat(rowCount(s, "book", "_default_3")).isEqualTo(1);
            assertOk(s.stub()
                    .loadCollection(LoadCollectionRequest.newBuilder()
                            .setCollectionName("book")
                            .build()));
            s.awaitLoaded("book");
            assertThat(s.query("book", "id >= 0", "_default_3").getStatus().getReason())
                    .isEqualTo(manual);
            assertThat(s.search("book", "_default_3").getStatus().getReason()).isEqualTo(manual);
            assertThat(LiveServer.ids(s.query("book", "tenant == \"red\""))).containsExactly(1L);
        }
    }

    @Test
    void schemaRulesAreMilvuss() throws Exception {
        try (LiveServer s = start(Profile.MILVUS_2_6)) {
            assertThat(create(s, keyed("pk", DataType.Int64, true), 0).getReason())
                    .isEqualTo("the partition key field must not be primary field");
            assertThat(create(s, keyed("f", DataType.Float, false), 0).getReason())
                    .isEqualTo("the data type of partition key should be Int64 or VarChar");
            assertThat(create(s, keyed("many", DataType.Int64, false), 1025).getReason())
                    .isEqualTo("partition number (1025) exceeds max configuration (1024)");
            assertThat(create(s, keyed("neg", DataType.Int64, false), -1).getReason())
                    .isEqualTo("the specified partitions should be greater than 0 if partition key is used");
            assertThat(create(s, WireRequests.schema("plain", 4), 8).getReason())
                    .isEqualTo("num_partitions should only be specified with partition key field enabled");
            io.partita.wire.CollectionSchema two = keyed("two", DataType.Int64, false).toBuilder()
                    .addFields(FieldSchema.newBuilder()
                            .setName("tenant2")
                            .setDataType(DataType.Int64)
                            .setIsPartitionKey(true))
                    .build();
            assertThat(create(s, two, 0).getReason())
                    .isEqualTo("there are more than one partition key, field name = tenant, tenant2");
        }
    }

    @Test
    void milvus23DefaultsTo64PartitionsAndMilvus21IgnoresTheKeyAsItsProtoHadNone() throws Exception {
        try (LiveServer s = start(Profile.MILVUS_2_3)) {
            assertOk(create(s, keyed("book", DataType.Int64, false), 0));
            assertThat(partitions(s, "book")).hasSize(64);
        }
        Path old = dir.resolve("v21");
        try (LiveServer s =
                new LiveServer(ReferenceServer.builder().dataDir(old).profile(Profile.MILVUS_2_1))) {
            assertOk(create(s, keyed("book", DataType.Int64, false), 0));
            assertThat(partitions(s, "book")).containsExactly("_default");
            assertThat(describe(s, "book").getSchema().getFields(1).getIsPartitionKey())
                    .isFalse();
            assertOk(s.stub().insert(rows("book", 0, 1, 2).build()).getStatus());
            assertOk(s.stub()
                    .createPartition(io.partita.wire.CreatePartitionRequest.newBuilder()
                            .setCollectionName("book")
                            .setPartitionName("p1")
                            .build()));
        }
    }
}
