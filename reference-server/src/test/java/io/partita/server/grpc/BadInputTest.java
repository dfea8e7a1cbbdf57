package io.partita.server.grpc;

import static io.partita.server.grpc.LiveServer.assertOk;
import static io.partita.server.grpc.WireRequests.kv;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.ReferenceServer;
import io.partita.server.model.Profile;
import io.partita.wire.CreateCollectionRequest;
import io.partita.wire.CreatePartitionRequest;
import io.partita.wire.DataType;
import io.partita.wire.DeleteRequest;
import io.partita.wire.ErrorCode;
import io.partita.wire.FieldData;
import io.partita.wire.InsertRequest;
import io.partita.wire.LoadCollectionRequest;
import io.partita.wire.ScalarField;
import io.partita.wire.Status;
import io.partita.wire.StringArray;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Client mistakes through gRPC on a real server: each is refused with a client-error code (never
 * UnexpectedError/65535, never a failed call) and a reason naming the bad value.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {
    static final String C = "books";

    @TempDir
    static Path dir;

    LiveServer s;

    @BeforeAll
    void start() throws Exception {
        s = new LiveServer(ReferenceServer.builder().dataDir(dir).profile(Profile.MILVUS_2_3));
        s.createCollection(C);
        assertOk(s.insert(C, "", 1, 2, 3).getStatus());
        assertOk(s.stub()
                .loadCollection(
                        LoadCollectionRequest.newBuilder().setCollectionName(C).build()));
        s.awaitLoaded(C);
    }

    @AfterAll
    void stop() throws Exception {
        s.close();
    }

    private static void assertClientError(Status st, String named) {
        assertThat(st.getErrorCode()).isNotEqualTo(ErrorCode.Success);
        assertThat(st.getCode()).isNotIn(0, 65535);
        assertThat(st.getReason()).contains(named);
    }

    @Test
    void insertingVectorsOfTheWrongDimensionIsRefusedNamingTheDimension() {
        Status st = s.stub()
                .insert(InsertRequest.newBuilder()
                        .setCollectionName(C)
                        .addFieldsData(WireRequests.ids(9))
                        .addFieldsData(WireRequests.vectors(3, new float[] {1, 2, 3}))
                        .setNumRows(1)
                        .build())
                .getStatus();
        assertClientError(st, "3");
    }

    @Test
    void insertingAnUnknownFieldIsRefusedNamingIt() {
        FieldData extra = FieldData.newBuilder()
                .setFieldName("colour")
                .setType(DataType.VarChar)
                .setScalars(ScalarField.newBuilder()
                        .setStringData(StringArray.newBuilder().addData("red")))
                .build();
        Status st = s.stub()
                .insert(InsertRequest.newBuilder()
                        .setCollectionName(C)
                        .addFieldsData(WireRequests.ids(9))
                        .addFieldsData(WireRequests.vectors(4, new float[] {1, 2, 3, 4}))
                        .addFieldsData(extra)
                        .setNumRows(1)
                        .build())
                .getStatus();
        assertClientError(st, "colour");
    }

    @Test
    void insertingAFieldWithTheWrongTypeIsRefusedNamingTheField() {
        FieldData idsAsText = FieldData.newBuilder()
                .setFieldName("id")
                .setType(DataType.VarChar)
                .setScalars(ScalarField.newBuilder()
                        .setStringData(StringArray.newBuilder().addData("x")))
                .build();
        Status st = s.stub()
                .insert(InsertRequest.newBuilder()
                        .setCollectionName(C)
                        .addFieldsData(idsAsText)
                        .addFieldsData(WireRequests.vectors(4, new float[] {1, 2, 3, 4}))
                        .setNumRows(1)
                        .build())
                .getStatus();
        assertClientError(st, "id");
    }

    @Test
    void insertingWithoutTheVectorFieldIsRefusedNamingIt() {
        Status st = s.stub()
                .insert(InsertRequest.newBuilder()
                        .setCollectionName(C)
                        .addFieldsData(WireRequests.ids(9))
                        .setNumRows(1)
                        .build())
                .getStatus();
        assertClientError(st, "vec");
    }

    @Test
    void aBadCollectionNameIsRefusedNamingIt() {
        Status st = s.stub()
                .createCollection(CreateCollectionRequest.newBuilder()
                        .setCollectionName("1books")
                        .setSchema(WireRequests.schema("1books", 4).toByteString())
                        .build());
        assertClientError(st, "Invalid collection name: 1books. ");
    }

    @Test
    void aBadPartitionNameIsRefusedNamingIt() {
        Status st = s.stub()
                .createPartition(CreatePartitionRequest.newBuilder()
                        .setCollectionName(C)
                        .setPartitionName("bad-name")
                        .build());
        assertClientError(st, "Invalid partition name: bad-name. ");
    }

    @Test
    void aTopKOfZeroOrAbove16384IsRefusedNamingIt() {
        assertClientError(
                s.stub()
                        .search(WireRequests.search(C, "0", new float[] {0, 0, 0, 0})
                                .build())
                        .getStatus(),
                "0");
        assertClientError(
                s.stub()
                        .search(WireRequests.search(C, "16385", new float[] {0, 0, 0, 0})
                                .build())
                        .getStatus(),
                "16385");
    }

    @Test
    void aSearchWithoutQueryVectorsIsRefused() {
        assertClientError(s.stub().search(WireRequests.search(C, "10").build()).getStatus(), "nq [0]");
    }

    @Test
    void aQueryVectorOfTheWrongDimensionIsRefusedNamingTheDimension() {
        assertClientError(
                s.stub()
                        .search(WireRequests.search(C, "10", new float[] {0, 0}).build())
                        .getStatus(),
                "2");
    }

    @Test
    void anUnknownMetricTypeIsRefusedNamingIt() {
        io.partita.wire.SearchRequest r = WireRequests.search(C, "10", new float[] {0, 0, 0, 0})
                .addSearchParams(kv("metric_type", "MANHATTAN"))
                .build();
        assertClientError(s.stub().search(r).getStatus(), "MANHATTAN");
    }

    @Test
    void aMalformedExpressionIsRefusedInQuerySearchAndDelete() {
        assertClientError(s.query(C, "id >>> 3").getStatus(), "id >>> 3");
        assertClientError(
                s.stub()
                        .search(WireRequests.search(C, "10", new float[] {0, 0, 0, 0})
                                .setDsl("id in [1,")
                                .build())
                        .getStatus(),
                "id in [1,");
        assertClientError(
                s.stub()
                        .delete(DeleteRequest.newBuilder()
                                .setCollectionName(C)
                                .setExpr("id ==")
                                .build())
                        .getStatus(),
                "id ==");
    }

    @Test
    void anExpressionOverAnUnknownFieldIsRefusedNamingIt() {
        assertClientError(s.query(C, "colour == 'red'").getStatus(), "colour");
    }
}
