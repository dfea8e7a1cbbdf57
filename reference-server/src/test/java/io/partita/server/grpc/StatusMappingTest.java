package io.partita.server.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.model.EngineException;
import io.partita.wire.ErrorCode;
import io.partita.wire.LoadPartitionsRequest;
import io.partita.wire.ShowPartitionsRequest;
import io.partita.wire.Status;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusMappingTest {
    @TempDir
    Path dir;

    private final FakeEngine engine = new FakeEngine();

    private Status load(AdapterHarness h) {
        return h.stub.loadPartitions(LoadPartitionsRequest.newBuilder()
                .setCollectionName("c")
                .addPartitionNames("p")
                .build());
    }

    @Test
    void successCarriesErrorCodeZeroCodeZeroAndAnEmptyReason() throws Exception {
        try (AdapterHarness h = new AdapterHarness(engine, dir, false)) {
            Status s = load(h);
            assertThat(s.getErrorCode()).isEqualTo(ErrorCode.Success);
            assertThat(s.getCode()).isZero();
            assertThat(s.getReason()).isEmpty();
        }
    }

    @Test
    void anEngineRefusalIsCopiedFieldByFieldIntoTheStatus() throws Exception {
        engine.failWith.set(new EngineException(5, 1100, "some partitions [p] of collection 7 has been loaded", true));
        try (AdapterHarness h = new AdapterHarness(engine, dir, false)) {
            Status s = load(h);
            assertThat(s.getErrorCodeValue()).isEqualTo(5);
            assertThat(s.getCode()).isEqualTo(1100);
            assertThat(s.getReason()).isEqualTo("some partitions [p] of collection 7 has been loaded");
            assertThat(s.getRetriable()).isTrue();
        }
    }

    @Test
    void anUnexpectedExceptionBecomesUnexpectedErrorWithAGenericReasonInsteadOfFailingTheCall() throws Exception {
        engine.failWith.set(new IllegalStateException("secret internal detail"));
        try (AdapterHarness h = new AdapterHarness(engine, dir, false)) {
            Status s = load(h);
            assertThat(s.getErrorCode()).isEqualTo(ErrorCode.UnexpectedError);
            assertThat(s.getCode()).isEqualTo(65535);
            assertThat(s.getReason()).isEqualTo(Statuses.UNEXPECTED_REASON).doesNotContain("secret");
            Status inResponse = h.stub.showPartitions(ShowPartitionsRequest.newBuilder()
                            .setCollectionName("c")
                            .build())
                    .getStatus();
            assertThat(inResponse.getErrorCode()).isEqualTo(ErrorCode.UnexpectedError);
        }
    }

    @Test
    void anUnknownDatabaseIsRefusedWithCode800NamingIt() throws Exception {
        try (AdapterHarness h = new AdapterHarness(engine, dir, false)) {
            Status s = h.stub.loadPartitions(LoadPartitionsRequest.newBuilder()
                    .setDbName("other")
                    .setCollectionName("c")
                    .addPartitionNames("p")
                    .build());
            assertThat(s.getCode()).isEqualTo(800);
            assertThat(s.getReason()).isEqualTo("database not found[database=other]");
        }
    }

    @Test
    void anUnknownDatabaseNamedInTheDbnameHeaderIsRefusedTooAndTheDefaultOneAccepted() throws Exception {
        try (AdapterHarness h = new AdapterHarness(engine, dir, false)) {
            LoadPartitionsRequest r = LoadPartitionsRequest.newBuilder()
                    .setCollectionName("c")
                    .addPartitionNames("p")
                    .build();
            Status other = withDbHeader(h, "other").loadPartitions(r);
            assertThat(other.getCode()).isEqualTo(800);
            assertThat(other.getReason()).isEqualTo("database not found[database=other]");
            assertThat(withDbHeader(h, "default").loadPartitions(r).getCode()).isZero();
        }
    }

    private static io.partita.wire.MilvusServiceGrpc.MilvusServiceBlockingStub withDbHeader(
            AdapterHarness h, String db) {
        io.grpc.Metadata md = new io.grpc.Metadata();
        md.put(io.grpc.Metadata.Key.of("dbname", io.grpc.Metadata.ASCII_STRING_MARSHALLER), db);
        return h.stub.withInterceptors(io.grpc.stub.MetadataUtils.newAttachHeadersInterceptor(md));
    }
}
