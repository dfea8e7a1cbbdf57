package io.partita.param;

import static io.partita.param.ParamAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.param.collection.LoadCollectionParam;
import io.partita.param.partition.LoadPartitionsParam;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyncLoadSettingsTest {

    @Test
    void defaultsAreTheOfficialOnes() {
        SyncLoadSettings s = SyncLoadSettings.newBuilder().build();

        assertThat(s.isSyncLoad()).isTrue();
        assertThat(s.getSyncLoadWaitingInterval()).isEqualTo(500L);
        assertThat(s.getSyncLoadWaitingTimeout()).isEqualTo(60L);
        assertThat(s.getReplicaNumber()).isEqualTo(1);
        assertThat(s.getSyncLoadWaitingIntervalDuration()).isEqualTo(Duration.ofMillis(500));
        assertThat(s.getSyncLoadWaitingTimeoutDuration()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void bothLoadParamsAnswerTheOfficialGettersFromTheSameSettings() {
        LoadCollectionParam c = LoadCollectionParam.newBuilder()
                .withSyncLoad(false)
                .withSyncLoadWaitingInterval(20L)
                .withSyncLoadWaitingTimeout(7L)
                .withReplicaNumber(2)
                .withCollectionName("book")
                .build();
        LoadPartitionsParam p = LoadPartitionsParam.newBuilder()
                .withSyncLoad(false)
                .withSyncLoadWaitingInterval(20L)
                .withSyncLoadWaitingTimeout(7L)
                .withReplicaNumber(2)
                .withCollectionName("book")
                .withPartitionNames(List.of("novel"))
                .build();

        for (SyncLoadParam load : List.<SyncLoadParam>of(c, p)) {
            assertThat(load.isSyncLoad()).isFalse();
            assertThat(load.getSyncLoadWaitingInterval()).isEqualTo(20L);
            assertThat(load.getSyncLoadWaitingTimeout()).isEqualTo(7L);
            assertThat(load.getReplicaNumber()).isEqualTo(2);
            assertThat(load.getSyncLoadWaitingTimeoutDuration()).isEqualTo(Duration.ofSeconds(7));
            assertThat(load.toString())
                    .contains(
                            "syncLoad=false",
                            "syncLoadWaitingInterval=20",
                            "syncLoadWaitingTimeout=7",
                            "replicaNumber=2");
        }
        assertThat(p.getPartitionNames()).containsExactly("novel");
    }

    @Test
    void theBuilderStepsKeepTheirConcreteReturnTypesForCodeCompiledAgainstEarlierVersions() throws Exception {
        for (Class<?> builder : List.of(LoadCollectionParam.Builder.class, LoadPartitionsParam.Builder.class)) {
            assertThat(builder.getMethod("withSyncLoad", Boolean.class).getReturnType())
                    .isEqualTo(builder);
            assertThat(builder.getMethod("withSyncLoadWaitingInterval", Long.class)
                            .getReturnType())
                    .isEqualTo(builder);
            assertThat(builder.getMethod("withSyncLoadWaitingTimeout", Long.class)
                            .getReturnType())
                    .isEqualTo(builder);
            assertThat(builder.getMethod("withReplicaNumber", Integer.class).getReturnType())
                    .isEqualTo(builder);
        }
    }

    @Test
    void bothLoadParamsRejectTheSameOutOfRangeSettings() {
        assertRejected(
                () -> LoadCollectionParam.newBuilder()
                        .withCollectionName("book")
                        .withSyncLoadWaitingTimeout(301L)
                        .build(),
                "syncLoadWaitingTimeout must be between 1 and 300, got 301");
        assertRejected(
                () -> LoadPartitionsParam.newBuilder()
                        .withCollectionName("book")
                        .addPartitionName("novel")
                        .withSyncLoadWaitingTimeout(301L)
                        .build(),
                "syncLoadWaitingTimeout must be between 1 and 300, got 301");
        assertRejected(
                () -> LoadCollectionParam.newBuilder()
                        .withCollectionName("book")
                        .withReplicaNumber(0)
                        .build(),
                "replicaNumber");
        assertRejected(() -> SyncLoadSettings.newBuilder().withSyncLoad(null).build(), "syncLoad must not be null");
    }
}
