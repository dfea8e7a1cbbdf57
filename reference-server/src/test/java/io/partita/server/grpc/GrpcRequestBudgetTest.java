package io.partita.server.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.ReferenceServer;
import io.partita.wire.ErrorCode;
import io.partita.wire.InsertRequest;
import io.partita.wire.MutationResult;
import java.nio.file.Path;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gRPC port bounds the request bytes in flight (issue 18): a request that does not fit in the
 * budget is answered with Milvus's rate-limit error before it is parsed, and every answered call
 * gives its bytes back.
 */
class GrpcRequestBudgetTest {
    private static final long BUDGET = 1 << 20;

    @TempDir
    Path dir;

    @Test
    void aRequestPastTheBudgetIsRefusedWithMilvusRateLimitAndAnsweredCallsGiveTheirBytesBack() throws Exception {
        try (LiveServer live = new LiveServer(ReferenceServer.builder()
                .dataDir(dir)
                .maxInboundMessageBytes(8 << 20)
                .grpcRequestBudgetBytes(BUDGET))) {
            live.createCollection("c");

            InsertRequest big = insert(0, 80_000); // about 1.9 MB: more than the whole budget
            assertThat((long) big.getSerializedSize()).isGreaterThan(BUDGET);
            MutationResult refused = live.stub().insert(big);
            assertThat(refused.getStatus().getErrorCode()).isEqualTo(ErrorCode.RateLimit);
            assertThat(refused.getStatus().getCode()).isEqualTo(8);
            assertThat(refused.getStatus().getRetriable()).isTrue();
            assertThat(refused.getStatus().getReason())
                    .startsWith("rate limit exceeded")
                    .contains("gRPC request budget");

            // each of these holds more than half the budget: one leaked charge would refuse the next
            for (int i = 0; i < 5; i++) {
                InsertRequest large = insert(1_000_000L * (i + 1), 30_000);
                assertThat((long) large.getSerializedSize())
                        .isGreaterThan(BUDGET / 2)
                        .isLessThan(BUDGET);
                LiveServer.assertOk(live.stub().insert(large).getStatus());
            }
        }
    }

    private static InsertRequest insert(long firstId, int rows) {
        float[][] vectors = new float[rows][];
        for (int i = 0; i < rows; i++) {
            vectors[i] = new float[] {i, 1, 2, 3};
        }
        return InsertRequest.newBuilder()
                .setCollectionName("c")
                .addFieldsData(WireRequests.ids(
                        LongStream.range(firstId, firstId + rows).toArray()))
                .addFieldsData(WireRequests.vectors(LiveServer.DIM, vectors))
                .setNumRows(rows)
                .build();
    }
}
