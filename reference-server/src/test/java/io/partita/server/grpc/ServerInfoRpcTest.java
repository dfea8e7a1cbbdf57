package io.partita.server.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.wire.AllocTimestampRequest;
import io.partita.wire.CheckHealthRequest;
import io.partita.wire.ConnectRequest;
import io.partita.wire.DescribeDatabaseRequest;
import io.partita.wire.ErrorCode;
import io.partita.wire.GetMetricsRequest;
import io.partita.wire.GetMetricsResponse;
import io.partita.wire.ListDatabasesRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What official clients call while connecting, and the server-level RPCs. */
class ServerInfoRpcTest {
    @TempDir
    Path dir;

    @Test
    void connectSucceedsWithADistinctIdentifierPerConnection() throws Exception {
        try (AdapterHarness h = new AdapterHarness(new FakeEngine(), dir, false)) {
            var first = h.stub.connect(ConnectRequest.getDefaultInstance());
            var second = h.stub.connect(ConnectRequest.getDefaultInstance());
            assertThat(first.getStatus().getErrorCode()).isEqualTo(ErrorCode.Success);
            assertThat(first.getStatus().getCode()).isZero();
            assertThat(second.getIdentifier()).isNotEqualTo(first.getIdentifier());
        }
    }

    @Test
    void theDefaultDatabaseIsListedAndDescribable() throws Exception {
        try (AdapterHarness h = new AdapterHarness(new FakeEngine(), dir, false)) {
            assertThat(h.stub.listDatabases(ListDatabasesRequest.getDefaultInstance())
                            .getDbNamesList())
                    .containsExactly("default");
            assertThat(h.stub.describeDatabase(DescribeDatabaseRequest.newBuilder()
                                    .setDbName("default")
                                    .build())
                            .getStatus()
                            .getErrorCode())
                    .isEqualTo(ErrorCode.Success);
            assertThat(h.stub.describeDatabase(DescribeDatabaseRequest.newBuilder()
                                    .setDbName("nope")
                                    .build())
                            .getStatus()
                            .getReason())
                    .isEqualTo("database not found[database=nope]");
        }
    }

    @Test
    void allocatedTimestampsStrictlyIncrease() throws Exception {
        try (AdapterHarness h = new AdapterHarness(new FakeEngine(), dir, false)) {
            long a = h.stub.allocTimestamp(AllocTimestampRequest.getDefaultInstance())
                    .getTimestamp();
            long b = h.stub.allocTimestamp(AllocTimestampRequest.getDefaultInstance())
                    .getTimestamp();
            assertThat(b).isGreaterThan(a);
            assertThat(a >>> 18).isCloseTo(System.currentTimeMillis(), org.assertj.core.data.Offset.offset(60_000L));
        }
    }

    @Test
    void checkHealthReportsAnOpenEngineAsHealthy() throws Exception {
        try (AdapterHarness h = new AdapterHarness(new FakeEngine(), dir, false)) {
            assertThat(h.stub.checkHealth(CheckHealthRequest.getDefaultInstance())
                            .getIsHealthy())
                    .isTrue();
        }
    }

    @Test
    void getMetricsAnswersSystemInfoAndRefusesOtherMetricTypesNamingThem() throws Exception {
        try (AdapterHarness h = new AdapterHarness(new FakeEngine(), dir, false)) {
            GetMetricsResponse ok = h.stub.getMetrics(GetMetricsRequest.newBuilder()
                    .setRequest("{\"metric_type\":\"system_info\"}")
                    .build());
            assertThat(ok.getStatus().getErrorCode()).isEqualTo(ErrorCode.Success);
            assertThat(ok.getResponse()).isEqualTo("{\"nodes\":[]}");
            GetMetricsResponse bad = h.stub.getMetrics(GetMetricsRequest.newBuilder()
                    .setRequest("{\"metric_type\":\"cpu\"}")
                    .build());
            assertThat(bad.getStatus().getCode()).isEqualTo(1100);
            assertThat(bad.getStatus().getReason()).contains("cpu");
        }
    }
}
