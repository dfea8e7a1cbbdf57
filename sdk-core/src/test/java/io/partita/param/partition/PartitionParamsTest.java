package io.partita.param.partition;

import static io.partita.param.ParamAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.model.ShowType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PartitionParamsTest {

    /** Params naming one partition of one collection. */
    static Stream<Arguments> byPartition() {
        return Stream.of(
                Arguments.of("CreatePartitionParam", (BiFunction<String, String, Object>)
                        (c, p) -> CreatePartitionParam.newBuilder()
                                .withCollectionName(c)
                                .withPartitionName(p)
                                .build()),
                Arguments.of("DropPartitionParam", (BiFunction<String, String, Object>)
                        (c, p) -> DropPartitionParam.newBuilder()
                                .withCollectionName(c)
                                .withPartitionName(p)
                                .build()),
                Arguments.of("HasPartitionParam", (BiFunction<String, String, Object>)
                        (c, p) -> HasPartitionParam.newBuilder()
                                .withCollectionName(c)
                                .withPartitionName(p)
                                .build()),
                Arguments.of("GetPartitionStatisticsParam", (BiFunction<String, String, Object>)
                        (c, p) -> GetPartitionStatisticsParam.newBuilder()
                                .withCollectionName(c)
                                .withPartitionName(p)
                                .build()));
    }

    @ParameterizedTest(name = "{0} builds with valid names")
    @MethodSource("byPartition")
    void buildsWithValidNames(String type, BiFunction<String, String, Object> build) {
        assertThat(build.apply("book", "novel$2").toString()).contains("book").contains("novel$2");
    }

    @ParameterizedTest(name = "{0} rejects bad names")
    @MethodSource("byPartition")
    void rejectsNullAndInvalidNames(String type, BiFunction<String, String, Object> build) {
        assertRejected(() -> build.apply(null, "p"), "collectionName must not be null");
        assertRejected(() -> build.apply("book", null), "partitionName must not be null");
        assertRejected(() -> build.apply("book", "1p"), "partitionName", "Invalid partition name: 1p");
        assertRejected(() -> build.apply("book", ""), "partitionName", "Partition name should not be empty.");
        assertRejected(() -> build.apply("b-k", "p"), "collectionName", "Invalid collection name: b-k");
    }

    @Test
    void partitionStatisticsFlushByDefault() {
        assertThat(GetPartitionStatisticsParam.newBuilder()
                        .withCollectionName("c")
                        .withPartitionName("p")
                        .build()
                        .isFlushCollection())
                .isTrue();
    }

    @Test
    void loadPartitionsHasTheOfficialDefaults() {
        LoadPartitionsParam p = LoadPartitionsParam.newBuilder()
                .withCollectionName("book")
                .addPartitionName("novel")
                .build();

        assertThat(p.isSyncLoad()).isTrue();
        assertThat(p.getSyncLoadWaitingInterval()).isEqualTo(500L);
        assertThat(p.getSyncLoadWaitingIntervalDuration()).isEqualTo(Duration.ofMillis(500));
        assertThat(p.getSyncLoadWaitingTimeout()).isEqualTo(60L);
        assertThat(p.getSyncLoadWaitingTimeoutDuration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(p.getReplicaNumber()).isEqualTo(1);
    }

    @Test
    void loadPartitionsAcceptsTheLimitsOfItsRanges() {
        LoadPartitionsParam p = LoadPartitionsParam.newBuilder()
                .withCollectionName("book")
                .addPartitionName("novel")
                .withSyncLoadWaitingInterval(2000L)
                .withSyncLoadWaitingTimeout(300L)
                .withReplicaNumber(3)
                .withSyncLoad(false)
                .build();

        assertThat(p.getSyncLoadWaitingInterval()).isEqualTo(2000L);
        assertThat(p.getSyncLoadWaitingTimeout()).isEqualTo(300L);
        assertThat(p.getReplicaNumber()).isEqualTo(3);
        assertThat(p.isSyncLoad()).isFalse();
    }

    @Test
    void loadPartitionsRejectsEachInvalidField() {
        LoadPartitionsParam.Builder ok =
                LoadPartitionsParam.newBuilder().withCollectionName("book").addPartitionName("novel");
        assertRejected(
                () -> LoadPartitionsParam.newBuilder()
                        .withCollectionName("book")
                        .build(),
                "partitionNames must not be empty");
        assertRejected(
                () -> LoadPartitionsParam.newBuilder()
                        .withCollectionName("book")
                        .withPartitionNames(null)
                        .build(),
                "partitionNames must not be null");
        assertRejected(
                () -> LoadPartitionsParam.newBuilder()
                        .withCollectionName("book")
                        .addPartitionName(null)
                        .build(),
                "partitionNames[0] must not be null");
        assertRejected(
                () -> LoadPartitionsParam.newBuilder()
                        .withCollectionName("book")
                        .addPartitionName("ok")
                        .addPartitionName("no way")
                        .build(),
                "partitionNames[1]",
                "Invalid partition name: no way");
        assertRejected(
                () -> ok.withSyncLoadWaitingInterval(2001L).build(),
                "syncLoadWaitingInterval must be between 1 and 2000, got 2001");
        assertRejected(
                () -> ok.withSyncLoadWaitingInterval(500L)
                        .withSyncLoadWaitingTimeout(301L)
                        .build(),
                "syncLoadWaitingTimeout must be between 1 and 300, got 301");
        assertRejected(() -> ok.withSyncLoadWaitingTimeout(0L).build(), "syncLoadWaitingTimeout", "got 0");
        assertRejected(
                () -> ok.withSyncLoadWaitingTimeout(60L).withReplicaNumber(0).build(), "replicaNumber", "got 0");
        assertRejected(() -> ok.withReplicaNumber(null).build(), "replicaNumber must not be null");
        assertRejected(
                () -> LoadPartitionsParam.newBuilder().addPartitionName("p").build(),
                "collectionName must not be null");
    }

    @Test
    void theTimeoutMessageSaysTimeoutNotInterval() {
        assertRejected(
                () -> LoadPartitionsParam.newBuilder()
                        .withCollectionName("b")
                        .addPartitionName("p")
                        .withSyncLoadWaitingTimeout(1000L)
                        .build(),
                "Timeout");
    }

    @Test
    void partitionListsAreCopiedInAndHandedOutUnmodifiable() {
        List<String> names = new ArrayList<>(List.of("a"));
        ReleasePartitionsParam p = ReleasePartitionsParam.newBuilder()
                .withCollectionName("book")
                .withPartitionNames(names)
                .build();
        names.add("b");

        assertThat(p.getPartitionNames()).containsExactly("a");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> p.getPartitionNames().add("c"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void releasePartitionsNeedsAtLeastOneValidPartition() {
        assertThat(ReleasePartitionsParam.newBuilder()
                        .withCollectionName("book")
                        .addPartitionName("novel")
                        .build()
                        .getPartitionNames())
                .containsExactly("novel");
        assertRejected(
                () -> ReleasePartitionsParam.newBuilder()
                        .withCollectionName("book")
                        .build(),
                "partitionNames must not be empty");
        assertRejected(
                () -> ReleasePartitionsParam.newBuilder()
                        .withCollectionName("book")
                        .addPartitionName("$x")
                        .build(),
                "partitionNames[0]",
                "Invalid partition name: $x");
        assertRejected(
                () -> ReleasePartitionsParam.newBuilder().addPartitionName("p").build(),
                "collectionName must not be null");
    }

    @Test
    void showPartitionsDefaultsToAllAndAcceptsAnEmptyList() {
        ShowPartitionsParam p =
                ShowPartitionsParam.newBuilder().withCollectionName("book").build();
        assertThat(p.getShowType()).isEqualTo(ShowType.All);
        assertThat(p.getPartitionNames()).isEmpty();
        assertThat(ShowPartitionsParam.newBuilder()
                        .withCollectionName("book")
                        .addPartitionName("p")
                        .withShowType(ShowType.InMemory)
                        .build()
                        .getShowType())
                .isEqualTo(ShowType.InMemory);
        assertRejected(
                () -> ShowPartitionsParam.newBuilder()
                        .withCollectionName("book")
                        .withShowType(null)
                        .build(),
                "showType must not be null");
        assertRejected(
                () -> ShowPartitionsParam.newBuilder()
                        .withCollectionName("book")
                        .addPartitionName("-")
                        .build(),
                "partitionNames[0]");
        assertRejected(() -> ShowPartitionsParam.newBuilder().build(), "collectionName must not be null");
    }
}
