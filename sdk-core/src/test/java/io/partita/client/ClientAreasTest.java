package io.partita.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.exception.ParamException;
import io.partita.exception.WaitTimeoutException;
import io.partita.model.BoolResponse;
import io.partita.model.CollectionSchema;
import io.partita.model.DataType;
import io.partita.model.DescribeCollectionResponse;
import io.partita.model.ErrorCode;
import io.partita.model.FieldSchema;
import io.partita.model.FlushResponse;
import io.partita.model.GetFlushStateResponse;
import io.partita.model.GetIndexStateResponse;
import io.partita.model.IndexState;
import io.partita.model.LongArray;
import io.partita.model.MutationResult;
import io.partita.model.Status;
import io.partita.param.IndexType;
import io.partita.param.MetricType;
import io.partita.param.R;
import io.partita.param.RpcStatus;
import io.partita.param.collection.FlushParam;
import io.partita.param.dml.InsertParam;
import io.partita.param.index.CreateIndexParam;
import io.partita.param.partition.HasPartitionParam;
import io.partita.testing.FakeTransport;
import io.partita.transport.Operations;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ClientAreasTest {
    private final FakeTransport transport = new FakeTransport();
    private final ManualClock clock = new ManualClock();
    private final MilvusServiceClient client = Clients.over(transport, clock);

    private static DescribeCollectionResponse bookSchema(boolean autoId) {
        return DescribeCollectionResponse.newBuilder()
                .setSchema(CollectionSchema.newBuilder()
                        .setName("book")
                        .addFields(FieldSchema.newBuilder()
                                .setName("id")
                                .setDataType(DataType.Int64)
                                .setIsPrimaryKey(true)
                                .setAutoID(autoId)
                                .build())
                        .addFields(FieldSchema.newBuilder()
                                .setName("vec")
                                .setDataType(DataType.FloatVector)
                                .build())
                        .build())
                .build();
    }

    private static InsertParam insert(InsertParam.Field... fields) {
        return InsertParam.newBuilder()
                .withCollectionName("book")
                .withFields(List.of(fields))
                .build();
    }

    @Test
    void insertTypesEveryColumnFromTheSchemaBeforeSending() {
        transport
                .respond(Operations.DESCRIBE_COLLECTION, bookSchema(false))
                .respond(
                        Operations.INSERT,
                        MutationResult.newBuilder().setInsertCnt(1).build());

        R<MutationResult> r = client.insert(insert(
                new InsertParam.Field("id", List.of(1L)), new InsertParam.Field("vec", List.of(List.of(1f, 2f)))));

        assertThat(r.getData().getInsertCnt()).isEqualTo(1);
        InsertParam sent = transport.paramsOf(Operations.INSERT).get(0);
        assertThat(sent.getFields())
                .extracting(InsertParam.Field::getType)
                .containsExactly(DataType.Int64, DataType.FloatVector);
        assertThat(transport.callNames()).containsExactly("DescribeCollection", "Insert");
    }

    @Test
    void insertOfAnUnknownFieldIsAParamErrorAndNothingIsInserted() {
        transport.respond(Operations.DESCRIBE_COLLECTION, bookSchema(false));

        R<MutationResult> r = client.insert(insert(
                new InsertParam.Field("id", List.of(1L)),
                new InsertParam.Field("vec", List.of(List.of(1f))),
                new InsertParam.Field("title", List.of("x"))));

        assertThat(r.getStatus()).isEqualTo(R.Status.ParamError.getCode());
        assertThat(r.getException()).isInstanceOf(ParamException.class);
        assertThat(r.getMessage()).contains("title").contains("[id, vec]");
        assertThat(transport.callCount(Operations.INSERT)).isZero();
    }

    @Test
    void aNullInAFieldThatIsNotNullableIsAParamErrorAndNothingIsInserted() {
        transport.respond(Operations.DESCRIBE_COLLECTION, bookSchema(false));

        R<MutationResult> r = client.insert(insert(
                new InsertParam.Field("id", java.util.Arrays.asList(1L, null)),
                new InsertParam.Field("vec", List.of(List.of(1f), List.of(2f)))));

        assertThat(r.getException()).isInstanceOf(ParamException.class);
        assertThat(r.getMessage()).contains("id of collection book is not nullable, got a null value in row 1");
        assertThat(transport.callCount(Operations.INSERT)).isZero();
    }

    @Test
    void insertMissingAFieldOrGivingAnAutoIdKeyIsAParamError() {
        transport.respond(Operations.DESCRIBE_COLLECTION, bookSchema(false));
        assertThat(client.insert(insert(new InsertParam.Field("id", List.of(1L))))
                        .getMessage())
                .contains("field vec of collection book is missing");

        FakeTransport auto = new FakeTransport().respond(Operations.DESCRIBE_COLLECTION, bookSchema(true));
        R<MutationResult> r = Clients.over(auto, clock)
                .insert(insert(
                        new InsertParam.Field("id", List.of(1L)), new InsertParam.Field("vec", List.of(List.of(1f)))));
        assertThat(r.getMessage()).contains("autoID");
    }

    @Test
    void insertWithAWrongDeclaredTypeIsAParamError() {
        transport.respond(Operations.DESCRIBE_COLLECTION, bookSchema(false));

        R<MutationResult> r = client.insert(insert(
                new InsertParam.Field("id", DataType.VarChar, List.of("a")),
                new InsertParam.Field("vec", List.of(List.of(1f)))));

        assertThat(r.getMessage()).contains("id has type Int64").contains("got VarChar");
    }

    @Test
    void insertIntoAMissingCollectionReportsTheServerError() {
        transport.respond(
                Operations.DESCRIBE_COLLECTION,
                DescribeCollectionResponse.newBuilder()
                        .setStatus(Status.of(ErrorCode.CollectionNotExists, "can't find collection: book"))
                        .build());

        R<MutationResult> r = client.insert(insert(new InsertParam.Field("id", List.of(1L))));

        assertThat(r.getStatus()).isEqualTo(4);
        assertThat(r.getMessage()).startsWith("can't find collection: book");
    }

    private static CreateIndexParam index(long timeoutSeconds) {
        return CreateIndexParam.newBuilder()
                .withCollectionName("book")
                .withFieldName("vec")
                .withIndexType(IndexType.FLAT)
                .withMetricType(MetricType.L2)
                .withSyncWaitingTimeout(timeoutSeconds)
                .build();
    }

    @Test
    void syncIndexCreationWaitsUntilTheBuildFinishes() {
        transport
                .respond(Operations.CREATE_INDEX, Status.success())
                .respond(
                        Operations.GET_INDEX_STATE,
                        GetIndexStateResponse.newBuilder()
                                .setState(IndexState.InProgress)
                                .build(),
                        GetIndexStateResponse.newBuilder()
                                .setState(IndexState.Finished)
                                .build());

        assertThat(client.createIndex(index(600)).getStatus()).isZero();
        assertThat(transport.callCount(Operations.GET_INDEX_STATE)).isEqualTo(2);
    }

    @Test
    void aFailedIndexBuildIsAFailureWithTheServerReason() {
        transport
                .respond(Operations.CREATE_INDEX, Status.success())
                .respond(
                        Operations.GET_INDEX_STATE,
                        GetIndexStateResponse.newBuilder()
                                .setState(IndexState.Failed)
                                .setFailReason("out of disk")
                                .build());

        R<RpcStatus> r = client.createIndex(index(600));

        assertThat(r.getStatus()).isEqualTo(1);
        assertThat(r.getMessage()).contains("out of disk");
    }

    @Test
    void anIndexBuildThatNeverFinishesIsAWaitTimeout() {
        transport
                .respond(Operations.CREATE_INDEX, Status.success())
                .respond(
                        Operations.GET_INDEX_STATE,
                        GetIndexStateResponse.newBuilder()
                                .setState(IndexState.InProgress)
                                .build());

        R<RpcStatus> r = client.createIndex(index(1));

        assertThat(r.getStatus()).isEqualTo(R.Status.WaitTimeout.getCode());
        assertThat(r.getException()).isInstanceOf(WaitTimeoutException.class);
        assertThat(r.getMessage()).contains("timeout");
    }

    @Test
    void syncFlushWaitsForTheSealedSegments() {
        transport
                .respond(
                        Operations.FLUSH,
                        FlushResponse.newBuilder()
                                .putCollSegIDs(
                                        "book",
                                        LongArray.newBuilder()
                                                .addData(5L)
                                                .addData(6L)
                                                .build())
                                .build())
                .respond(
                        Operations.GET_FLUSH_STATE,
                        GetFlushStateResponse.newBuilder().setFlushed(false).build(),
                        GetFlushStateResponse.newBuilder().setFlushed(true).build());

        R<FlushResponse> r =
                client.flush(FlushParam.newBuilder().addCollectionName("book").build());

        assertThat(r.getStatus()).isZero();
        assertThat(r.getData().getCollSegIDsMap()).containsKey("book");
        assertThat(transport.paramsOf(Operations.GET_FLUSH_STATE).get(0).getSegmentIDs())
                .containsExactly(5L, 6L);
    }

    @Test
    void aFlushThatNeverCompletesIsAWaitTimeout() {
        transport
                .respond(
                        Operations.FLUSH,
                        FlushResponse.newBuilder()
                                .putCollSegIDs(
                                        "book",
                                        LongArray.newBuilder().addData(5L).build())
                                .build())
                .respond(
                        Operations.GET_FLUSH_STATE,
                        GetFlushStateResponse.newBuilder().setFlushed(false).build());

        R<FlushResponse> r = client.flush(FlushParam.newBuilder()
                .addCollectionName("book")
                .withSyncFlushWaitingTimeout(2L)
                .build());

        assertThat(r.getStatus()).isEqualTo(R.Status.WaitTimeout.getCode());
    }

    @Test
    void oneClientServesManyThreadsAtOnce() throws Exception {
        transport.respond(
                Operations.HAS_PARTITION,
                BoolResponse.newBuilder().setValue(true).build());
        HasPartitionParam p = HasPartitionParam.newBuilder()
                .withCollectionName("book")
                .withPartitionName("novel")
                .build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<R<Boolean>>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                results.add(pool.submit(() -> client.hasPartition(p)));
            }
            for (Future<R<Boolean>> f : results) {
                assertThat(f.get().getData()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(transport.callCount(Operations.HAS_PARTITION)).isEqualTo(400);
    }
}
