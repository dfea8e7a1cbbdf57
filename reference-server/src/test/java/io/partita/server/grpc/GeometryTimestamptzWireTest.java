package io.partita.server.grpc;

import static io.partita.server.grpc.LiveServer.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import io.partita.wire.AlterCollectionRequest;
import io.partita.wire.CollectionSchema;
import io.partita.wire.CreateCollectionRequest;
import io.partita.wire.DataType;
import io.partita.wire.DescribeCollectionRequest;
import io.partita.wire.FieldData;
import io.partita.wire.FieldSchema;
import io.partita.wire.FlushRequest;
import io.partita.wire.GeometryArray;
import io.partita.wire.GeometryWktArray;
import io.partita.wire.InsertRequest;
import io.partita.wire.LoadCollectionRequest;
import io.partita.wire.QueryRequest;
import io.partita.wire.QueryResults;
import io.partita.wire.ScalarField;
import io.partita.wire.SearchResults;
import io.partita.wire.Status;
import io.partita.wire.StringArray;
import io.partita.wire.TimestamptzArray;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GEOMETRY and TIMESTAMPTZ fields on the gRPC port (milvus-2.6): both input forms of each
 * (WKT/WKB, ISO text/µs), answers as WKT and UTC RFC 3339 text, ISO and INTERVAL filters, null
 * rows, grouping on TIMESTAMPTZ and segcore's refusal of grouping on GEOMETRY, durability across a
 * restart, and the older profiles' refusal of the schema.
 */
class GeometryTimestamptzWireTest {
    private static final int DIM = LiveServer.DIM;

    @TempDir
    Path dir;

    private LiveServer start(Profile p) throws Exception {
        return new LiveServer(ReferenceServer.builder().dataDir(dir).profile(p));
    }

    private static Status create(LiveServer s) {
        CollectionSchema schema = CollectionSchema.newBuilder()
                .setName("gt")
                .addFields(FieldSchema.newBuilder()
                        .setName("id")
                        .setDataType(DataType.Int64)
                        .setIsPrimaryKey(true))
                .addFields(FieldSchema.newBuilder()
                        .setName("vec")
                        .setDataType(DataType.FloatVector)
                        .addTypeParams(WireRequests.kv("dim", Integer.toString(DIM))))
                .addFields(FieldSchema.newBuilder()
                        .setName("tsz")
                        .setDataType(DataType.Timestamptz)
                        .setNullable(true))
                .addFields(FieldSchema.newBuilder()
                        .setName("geo")
                        .setDataType(DataType.Geometry)
                        .setNullable(true))
                .build();
        return s.stub()
                .createCollection(CreateCollectionRequest.newBuilder()
                        .setCollectionName("gt")
                        .setSchema(schema.toByteString())
                        .build());
    }

    private static FieldData vectors(long... ids) {
        float[][] rows = new float[ids.length][];
        for (int i = 0; i < ids.length; i++) {
            rows[i] = new float[] {ids[i], 0, 0, 0};
        }
        return WireRequests.vectors(DIM, rows);
    }

    /** A text column as pymilvus sends a nullable one: valid_data, the valid rows' values only. */
    private static FieldData tszText(String... rows) {
        FieldData.Builder fd = FieldData.newBuilder().setFieldName("tsz").setType(DataType.Timestamptz);
        StringArray.Builder a = StringArray.newBuilder();
        for (String r : rows) {
            fd.addValidData(r != null);
            if (r != null) {
                a.addData(r);
            }
        }
        return fd.setScalars(ScalarField.newBuilder().setStringData(a)).build();
    }

    private static FieldData geoText(String... rows) {
        FieldData.Builder fd = FieldData.newBuilder().setFieldName("geo").setType(DataType.Geometry);
        GeometryWktArray.Builder a = GeometryWktArray.newBuilder();
        for (String r : rows) {
            fd.addValidData(r != null);
            if (r != null) {
                a.addData(r);
            }
        }
        return fd.setScalars(ScalarField.newBuilder().setGeometryWktData(a)).build();
    }

    private static Status insert(LiveServer s, long[] ids, FieldData tsz, FieldData geo) {
        return s.stub()
                .insert(InsertRequest.newBuilder()
                        .setCollectionName("gt")
                        .addFieldsData(WireRequests.ids(ids))
                        .addFieldsData(vectors(ids))
                        .addFieldsData(tsz)
                        .addFieldsData(geo)
                        .setNumRows(ids.length)
                        .build())
                .getStatus();
    }

    private static void load(LiveServer s) throws Exception {
        assertOk(s.stub()
                .loadCollection(LoadCollectionRequest.newBuilder()
                        .setCollectionName("gt")
                        .build()));
        s.awaitLoaded("gt");
    }

    private static QueryResults query(LiveServer s, String expr) {
        QueryResults q = s.stub()
                .query(QueryRequest.newBuilder()
                        .setCollectionName("gt")
                        .setExpr(expr)
                        .addOutputFields("tsz")
                        .addOutputFields("geo")
                        .build());
        assertOk(q.getStatus());
        return q;
    }

    private static FieldData column(List<FieldData> fields, String name) {
        return fields.stream()
                .filter(f -> f.getFieldName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** Row id → its answer ("null" for a null row), in id order. */
    private static List<String> rows(QueryResults q, String field) {
        List<Long> ids = LiveServer.ids(q);
        FieldData c = column(q.getFieldsDataList(), field);
        List<String> values = c.getType() == DataType.Geometry
                ? c.getScalars().getGeometryWktData().getDataList()
                : c.getScalars().getStringData().getDataList();
        List<Object[]> pairs = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            pairs.add(new Object[] {ids.get(i), c.getValidData(i) ? values.get(i) : "null"});
        }
        pairs.sort((a, b) -> Long.compare((Long) a[0], (Long) b[0]));
        return pairs.stream().map(p -> p[0] + "=" + p[1]).toList();
    }

    private static final long[] IDS = {1, 2, 3, 4, 5, 6};

    /** The six rows every test inserts: each ISO form pymilvus's generator writes, and a null. */
    private static Status insertSix(LiveServer s) {
        return insert(
                s,
                IDS,
                tszText(
                        "2024-12-31 22:00:00",
                        "2024-12-31T22:00:00",
                        "2025-01-01T06:00:00+08:00",
                        "2025-01-03T00:00:00.250Z",
                        "2025-01-02 20:00:00-04",
                        null),
                geoText(
                        "point(1 2)",
                        "LINESTRING (0 0,1   1, 2 2)",
                        null,
                        "POLYGON((0 0, 4 0, 4 4, 0 0))",
                        "POINT EMPTY",
                        "MULTIPOINT ((1 1), 2 2)"));
    }

    @Test
    void isoTextInWktInUtcAndNormalFormOut() throws Exception {
        try (LiveServer s = start(Profile.MILVUS_2_6)) {
            assertOk(create(s));
            assertOk(insertSix(s));
            load(s);
            QueryResults q = query(s, "id > 0");
            assertThat(rows(q, "tsz"))
                    .containsExactly(
                            "1=2024-12-31T22:00:00Z",
                            "2=2024-12-31T22:00:00Z",
                            "3=2024-12-31T22:00:00Z",
                            "4=2025-01-03T00:00:00.25Z",
                            "5=2025-01-03T00:00:00Z",
                            "6=null");
            assertThat(column(q.getFieldsDataList(), "tsz").getType()).isEqualTo(DataType.Timestamptz);
            assertThat(rows(q, "geo"))
                    .containsExactly(
                            "1=POINT (1 2)",
                            "2=LINESTRING (0 0, 1 1, 2 2)",
                            "3=null",
                            "4=POLYGON ((0 0, 4 0, 4 4, 0 0))",
                            "5=POINT EMPTY",
                            "6=MULTIPOINT ((1 1), 2 2)");
        }
    }

    @Test
    void isoAndIntervalFiltersAndNullChecks() throws Exception {
        try (LiveServer s = start(Profile.MILVUS_2_6)) {
            assertOk(create(s));
            assertOk(insertSix(s));
            load(s);
            assertThat(LiveServer.ids(query(s, "tsz == ISO '2025-01-01T06:00:00+08:00'")))
                    .containsExactlyInAnyOrder(1L, 2L, 3L);
            assertThat(LiveServer.ids(query(s, "tsz > ISO '2025-01-01T00:00:00Z'")))
                    .containsExactlyInAnyOrder(4L, 5L);
            assertThat(LiveServer.ids(
                            query(s, "tsz <= ISO '2025-01-03 00:00:00' and tsz != ISO '2024-12-31T22:00:00Z'")))
                    .containsExactly(5L);
            assertThat(LiveServer.ids(query(s, "tsz is null"))).containsExactly(6L);
            assertThat(LiveServer.ids(query(s, "geo is null"))).containsExactly(3L);
            assertThat(LiveServer.ids(query(s, "tsz is not null and geo is not null")))
                    .containsExactlyInAnyOrder(1L, 2L, 4L, 5L);
            assertThat(LiveServer.ids(query(s, "tsz + INTERVAL 'P1DT1H' > ISO '2025-01-01T23:30:00Z'")))
                    .containsExactlyInAnyOrder(4L, 5L);
            assertThat(LiveServer.ids(query(s, "tsz - INTERVAL 'PT30M' < ISO '2024-12-31T21:40:00Z'")))
                    .containsExactlyInAnyOrder(1L, 2L, 3L);
            QueryResults bad = s.stub()
                    .query(QueryRequest.newBuilder()
                            .setCollectionName("gt")
                            .setExpr("tsz == ISO 'yesterday'")
                            .build());
            assertThat(bad.getStatus().getCode()).isEqualTo(1100);
            assertThat(bad.getStatus().getReason())
                    .contains("invalid timestamp string: 'yesterday'. Does not match any known format");
        }
    }

    @Test
    void microsecondsAndWkbAreTheOtherInputForms() throws Exception {
        try (LiveServer s = start(Profile.MILVUS_2_6)) {
            assertOk(create(s));
            ByteBuffer point = ByteBuffer.allocate(21).order(ByteOrder.LITTLE_ENDIAN);
            point.put((byte) 1).putInt(1).putDouble(30).putDouble(-10.5);
            ByteBuffer big = ByteBuffer.allocate(41).order(ByteOrder.BIG_ENDIAN);
            big.put((byte) 0)
                    .putInt(2)
                    .putInt(2)
                    .putDouble(0)
                    .putDouble(0)
                    .putDouble(1.25)
                    .putDouble(2);
            FieldData tsz = FieldData.newBuilder()
                    .setFieldName("tsz")
                    .setType(DataType.Timestamptz)
                    .setScalars(ScalarField.newBuilder()
                            .setTimestamptzData(TimestamptzArray.newBuilder()
                                    .addData(1_735_682_400_000_000L) // 2024-12-31T22:00:00Z
                                    .addData(-1)))
                    .build();
            FieldData geo = FieldData.newBuilder()
                    .setFieldName("geo")
                    .setType(DataType.Geometry)
                    .setScalars(ScalarField.newBuilder()
                            .setGeometryData(GeometryArray.newBuilder()
                                    .addData(ByteString.copyFrom(point.array()))
                                    .addData(ByteString.copyFrom(big.array()))))
                    .build();
            assertOk(insert(s, new long[] {1, 2}, tsz, geo));
            load(s);
            QueryResults q = query(s, "id > 0");
            assertThat(rows(q, "tsz")).containsExactly("1=2024-12-31T22:00:00Z", "2=1969-12-31T23:59:59.999999Z");
            assertThat(rows(q, "geo")).containsExactly("1=POINT (30 -10.5)", "2=LINESTRING (0 0, 1.25 2)");
        }
    }

    @Test
    void badTimestampsAndBadWktAreRefusedWithCode1100() throws Exception {
        try (LiveServer s = start(Profile.MILVUS_2_6)) {
            assertOk(create(s));
            Status st = insert(s, new long[] {1}, tszText("2024-13-01 00:00:00"), geoText("POINT (1 2)"));
            assertThat(st.getCode()).isEqualTo(1100);
            assertThat(st.getReason())
                    .contains("invalid timestamp string: '2024-13-01 00:00:00'. Does not match any known format");
            st = insert(s, new long[] {1}, tszText("2024-01-01T00:00:00+15:00"), geoText("POINT (1 2)"));
            assertThat(st.getCode()).isEqualTo(1100);
            assertThat(st.getReason()).contains("UTC offset hour 15 is out of the valid range [-12, 14]");
            st = insert(s, new long[] {1}, tszText("2024-01-01T00:00:00Z"), geoText("POINT (1 two)"));
            assertThat(st.getCode()).isEqualTo(1100);
            assertThat(st.getReason()).contains("invalid WKT data of geometry field geo, row 0 ('POINT (1 two)')");
            st = insert(s, new long[] {1}, tszText("2024-01-01T00:00:00Z"), geoText("CIRCLE (1 2)"));
            assertThat(st.getCode()).isEqualTo(1100);
            assertThat(st.getReason()).contains("unknown geometry type 'CIRCLE'");
        }
    }

    @Test
    void naiveTimesAreReadInTheCollectionsTimezone() throws Exception {
        try (LiveServer s = start(Profile.MILVUS_2_6)) {
            assertOk(create(s));
            assertOk(s.stub()
                    .alterCollection(AlterCollectionRequest.newBuilder()
                            .setCollectionName("gt")
                            .addProperties(WireRequests.kv("timezone", "Asia/Shanghai"))
                            .build()));
            assertOk(insert(
                    s,
                    new long[] {1, 2},
                    tszText("2025-01-01 06:00:00", "2025-01-01T06:00:00Z"),
                    geoText("POINT (0 0)", "POINT (0 0)")));
            load(s);
            assertThat(rows(query(s, "id > 0"), "tsz"))
                    .containsExactly("1=2024-12-31T22:00:00Z", "2=2025-01-01T06:00:00Z");
        }
    }

    @Test
    void groupingOnTimestamptzAndSegcoresRefusalOnGeometry() throws Exception {
        try (LiveServer s = start(Profile.MILVUS_2_6)) {
            assertOk(create(s));
            assertOk(insertSix(s));
            load(s);
            SearchResults r = s.stub()
                    .search(WireRequests.search("gt", "10", new float[] {0, 0, 0, 0})
                            .addSearchParams(WireRequests.kv("group_by_field", "tsz"))
                            .addOutputFields("tsz")
                            .build());
            assertOk(r.getStatus());
            // ids 1-3 share one instant: the nearest of them (1) stands for the group; 6 is the null group
            assertThat(LiveServer.ids(r)).containsExactly(1L, 4L, 5L, 6L);
            FieldData groups = r.getResults().getGroupByFieldValue();
            assertThat(groups.getType()).isEqualTo(DataType.Timestamptz);
            assertThat(groups.getScalars().getStringData().getData(0)).isEqualTo("2024-12-31T22:00:00Z");

            for (String field : List.of("geo", "vec")) {
                SearchResults refused = s.stub()
                        .search(WireRequests.search("gt", "10", new float[] {0, 0, 0, 0})
                                .addSearchParams(WireRequests.kv("group_by_field", field))
                                .build());
                assertThat(refused.getStatus().getCode()).isEqualTo(999);
                assertThat(refused.getStatus().getReason())
                        .contains("unsupported data type " + (field.equals("geo") ? "GEOMETRY" : "VECTOR_FLOAT")
                                + " for group by operator");
            }
        }
    }

    @Test
    void valuesSurviveARestartFromTheLogAndFromSegments() throws Exception {
        try (LiveServer s = start(Profile.MILVUS_2_6)) {
            assertOk(create(s));
            assertOk(insertSix(s));
            assertOk(s.stub()
                    .flush(FlushRequest.newBuilder().addCollectionNames("gt").build())
                    .getStatus());
            assertOk(insert(s, new long[] {7}, tszText("2030-06-01T12:00:00+02:00"), geoText("POINT (7 7)")));
        }
        try (LiveServer s = start(Profile.MILVUS_2_6)) {
            load(s);
            QueryResults q = query(s, "id > 0");
            assertThat(rows(q, "tsz"))
                    .containsExactly(
                            "1=2024-12-31T22:00:00Z",
                            "2=2024-12-31T22:00:00Z",
                            "3=2024-12-31T22:00:00Z",
                            "4=2025-01-03T00:00:00.25Z",
                            "5=2025-01-03T00:00:00Z",
                            "6=null",
                            "7=2030-06-01T10:00:00Z");
            assertThat(rows(q, "geo")).startsWith("1=POINT (1 2)").endsWith("7=POINT (7 7)");
            assertThat(s
                            .stub()
                            .describeCollection(DescribeCollectionRequest.newBuilder()
                                    .setCollectionName("gt")
                                    .build())
                            .getSchema()
                            .getFieldsList()
                            .stream()
                            .map(f -> f.getName() + ":" + f.getDataType())
                            .toList())
                    .contains("tsz:Timestamptz", "geo:Geometry");
        }
    }

    @Test
    void olderProfilesRefuseTheSchema() throws Exception {
        try (LiveServer s = start(Profile.MILVUS_2_3)) {
            Status st = create(s);
            assertThat(st.getCode()).isEqualTo(1100);
            assertThat(st.getReason())
                    .contains("field tsz: data type Timestamptz is not supported by the Partita reference server");
        }
    }
}
