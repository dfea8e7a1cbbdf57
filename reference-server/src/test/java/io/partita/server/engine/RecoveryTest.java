package io.partita.server.engine;

import static io.partita.server.engine.EngineFixture.C;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.model.EngineException;
import io.partita.server.model.LoadState;
import io.partita.server.model.PartitionInfo;
import io.partita.server.model.Profile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restart recovery: catalog, flushed and unflushed rows, deletes, indexes, aliases, load state. */
class RecoveryTest {
    @TempDir
    Path dir;

    private void populate(Profile profile) {
        try (Engine e = EngineFixture.open(dir, profile)) {
            EngineFixture.createStandard(e);
            e.createPartition(C, "p1");
            e.createAlias(C, "nick");
            e.createIndex(
                    C,
                    "vec",
                    "vec_idx",
                    Map.of("index_type", "IVF_FLAT", "metric_type", "L2", "params", "{\"nlist\":16}"));
            EngineFixture.insert(e, "", 0, 50);
            EngineFixture.insert(e, "p1", 100, 50);
            e.flush(List.of(C));
            EngineFixture.insert(e, "p1", 200, 20);
            e.delete(C, "", "id in [1, 2, 3]");
            e.delete(C, "p1", "id in [100, 210]");
            e.loadPartitions(C, List.of("p1"), 1);
            EngineFixture.awaitLoaded(e, C, List.of("p1"));
        }
    }

    @Test
    void everythingAcknowledgedSurvivesARestartAndMilvus21StartsReleased() {
        populate(Profile.MILVUS_2_1);
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_1)) {
            assertThat(e.showPartitions(C, List.of(), false))
                    .extracting(PartitionInfo::name)
                    .containsExactly("_default", "p1");
            assertThat(e.describeAlias("nick").collectionName()).isEqualTo(C);
            assertThat(e.describeIndexes(C, "vec", "").get(0).indexType()).isEqualTo("IVF_FLAT");
            assertThat(e.collectionRowCount(C)).isEqualTo(120);
            assertThat(e.loadState(C, List.of())).isEqualTo(LoadState.NOT_LOAD);
            e.loadCollection("nick", 1);
            EngineFixture.awaitLoaded(e, C, List.of());
            List<Long> ids = EngineFixture.queryIds(e, List.of());
            assertThat(ids).hasSize(115).doesNotContain(1L, 2L, 3L, 100L, 210L).contains(0L, 4L, 101L, 200L, 219L);
        }
    }

    @Test
    void milvus23ReloadsWhatWasLoadedAfterARestart() {
        populate(Profile.MILVUS_2_3);
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            EngineFixture.awaitLoaded(e, C, List.of("p1"));
            assertThat(e.loadState(C, List.of("_default"))).isEqualTo(LoadState.NOT_LOAD);
            assertThat(EngineFixture.queryIds(e, List.of("p1"))).hasSize(68).doesNotContain(100L, 210L);
        }
    }

    @Test
    void aTornLogTailIsIgnoredAndEarlierRowsSurvive() throws IOException {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_1)) {
            EngineFixture.createStandard(e);
            EngineFixture.insert(e, "", 0, 10);
            EngineFixture.insert(e, "", 10, 10);
        }
        Path wal = find("wal-");
        long size = Files.size(wal);
        try (FileChannel ch = FileChannel.open(wal, StandardOpenOption.WRITE)) {
            ch.truncate(size - 7); // a crash in the middle of writing the second record
        }
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_1)) {
            e.loadCollection(C, 1);
            EngineFixture.awaitLoaded(e, C, List.of());
            assertThat(EngineFixture.queryIds(e, List.of())).hasSize(10).allMatch(id -> id < 10);
            EngineFixture.insert(e, "", 50, 5);
            assertThat(EngineFixture.queryIds(e, List.of())).hasSize(15);
        }
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_1)) {
            assertThat(e.collectionRowCount(C))
                    .as("rows appended after the cut tail are kept")
                    .isEqualTo(15);
        }
    }

    @Test
    void aCorruptSegmentFileIsReportedByNameAndNeverServed() throws IOException {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_1)) {
            EngineFixture.createStandard(e);
            EngineFixture.insert(e, "", 0, 100);
            e.flush(List.of(C));
        }
        Path seg = find("seg-");
        try (FileChannel ch = FileChannel.open(seg, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.allocate(1);
            long at = Files.size(seg) - 100;
            ch.read(b, at);
            b.put(0, (byte) (b.get(0) ^ 0x5a));
            b.rewind();
            ch.write(b, at);
        }
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_1)) {
            e.loadCollection(C, 1);
            EngineException failure = EngineFixture.awaitLoadFailure(e, C);
            assertThat(failure.reason()).contains(seg.toString()).contains("checksum mismatch");
            assertThat(e.loadState(C, List.of())).isEqualTo(LoadState.NOT_LOAD);
            assertThat(e.queryNodes().get(0).usedBytes()).isZero();
            LifecycleTestBase.refused(() -> EngineFixture.queryIds(e, List.of()));
        }
    }

    @Test
    void aSegmentWithACorruptHeaderIsRefusedAtLoadNamingTheFile() throws IOException {
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            EngineFixture.createStandard(e);
            EngineFixture.insert(e, "", 0, 10);
            e.flush(List.of(C));
        }
        Path seg = find("seg-");
        try (FileChannel ch = FileChannel.open(seg, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(new byte[] {9, 9, 9, 9}), 12);
        }
        try (Engine e = EngineFixture.open(dir, Profile.MILVUS_2_3)) {
            EngineException refused = LifecycleTestBase.refused(() -> e.loadCollection(C, 1));
            assertThat(refused.reason()).contains(seg.toString()).contains("corrupt");
            assertThat(e.queryNodes().get(0).usedBytes()).isZero();
        }
    }

    private Path find(String prefix) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .findFirst()
                    .orElseThrow();
        }
    }
}
