package io.partita.server.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.engine.core.LocalEngine;
import io.partita.server.model.EngineException;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.LoadState;
import io.partita.server.model.Profile;
import io.partita.server.model.SearchRequest;
import io.partita.server.model.SearchResult;
import io.partita.server.storage.SegmentFileReader;
import io.partita.server.storage.SegmentHeader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A vector column large enough to be read in parallel ranges (over 16 MiB) loads every row into
 * its place, and a byte flipped deep inside it still refuses the load by name, whether the column
 * is read onto the heap or mapped ({@code mmap.enabled}).
 */
class LargeSegmentLoadTest {
    private static final String C = "large";
    private static final int DIM = 128;
    private static final int ROWS = 40_000; // 20.5 MB of vectors

    @TempDir
    Path dir;

    @Test
    void everyRowOfALargeVectorColumnLoadsIntoItsPlace() {
        float[] vectors;
        try (Engine e = open()) {
            vectors = create(e);
            e.loadCollection(C, 1);
            EngineFixture.awaitLoaded(e, C, List.of());
            for (int row : new int[] {0, 1, ROWS / 4 - 1, ROWS / 4, ROWS / 2 + 3, ROWS * 3 / 4, ROWS - 1}) {
                float[] q = Arrays.copyOfRange(vectors, row * DIM, (row + 1) * DIM);
                SearchResult r = e.search(new SearchRequest(
                        C,
                        List.of(),
                        "vec",
                        FieldColumn.floatVectors("vec", DIM, q),
                        1,
                        "L2",
                        Map.of(),
                        "",
                        List.of(),
                        -1));
                assertThat(r.ids().longs()[0])
                        .as("nearest row to row %d's own vector", row)
                        .isEqualTo(row);
                assertThat(r.scores()[0])
                        .as("distance of row %d to itself", row)
                        .isZero();
            }
        }
    }

    @ParameterizedTest(name = "mmap={0}")
    @ValueSource(booleans = {false, true})
    void aByteFlippedDeepInALargeVectorColumnRefusesTheLoadNamingFileAndColumn(boolean mmap) throws IOException {
        Path seg = createAndFlipAByte(true);
        try (Engine e = open(mmap)) {
            assertTheLoadFails(e, seg, "checksum mismatch in column 'vec'");
        }
    }

    @Test
    void aFlippedPrimaryKeyByteRefusesAMappedLoadWhileTheVectorsAreStillBeingChecked() throws IOException {
        // the id column is read while the mapped vector column is checksummed in the background:
        // its failure is the one reported, and the background check is abandoned with the load
        Path seg = createAndFlipAByte(false);
        try (Engine e = open(true)) {
            assertTheLoadFails(e, seg, "checksum mismatch in column 'id'");
        }
    }

    /** Writes the collection, then flips one byte of its segment file's vector column or its id column. */
    private Path createAndFlipAByte(boolean inVectors) throws IOException {
        long idFieldId;
        try (Engine e = open()) {
            create(e);
            idFieldId = e.describeCollection(C).schema().fields().stream()
                    .filter(FieldSchema::primaryKey)
                    .findFirst()
                    .orElseThrow()
                    .fieldId();
        }
        Path seg;
        try (Stream<Path> s = Files.walk(dir)) {
            seg = s.filter(p -> p.getFileName().toString().endsWith(".seg"))
                    .findFirst()
                    .orElseThrow();
        }
        SegmentHeader h = SegmentFileReader.readHeader(seg);
        long at = h.headerBytes();
        for (SegmentHeader.ColumnEntry col : h.columns()) {
            if (inVectors ? col.dim() == DIM : col.fieldId() == idFieldId) {
                at += col.byteLength() * 7 / 8; // in the last of the parallel ranges
                break;
            }
            at += col.byteLength();
        }
        try (FileChannel ch = FileChannel.open(seg, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.allocate(1);
            ch.read(b, at);
            b.put(0, (byte) (b.get(0) ^ 0x01));
            b.rewind();
            ch.write(b, at);
        }
        return seg;
    }

    private static void assertTheLoadFails(Engine e, Path seg, String because) {
        e.loadCollection(C, 1);
        EngineException failure = EngineFixture.awaitLoadFailure(e, C);
        assertThat(failure.reason()).contains(seg.toString()).contains(because);
        assertThat(e.loadState(C, List.of())).isEqualTo(LoadState.NOT_LOAD);
        assertThat(e.queryNodes().get(0).usedBytes()).isZero();
        assertThat(e.queryNodes().get(0).mmapBytes()).isZero();
    }

    private Engine open() {
        return open(false);
    }

    /** A mapped column ({@code mmap.enabled}) is checksummed at load as a read one is. */
    private Engine open(boolean mmap) {
        return LocalEngine.open(EngineConfig.builder(dir)
                .profile(Profile.MILVUS_2_1)
                .memoryLimitBytes(256L << 20)
                .queryNodeCount(1)
                .mmap(mmap)
                .build());
    }

    private static float[] create(Engine e) {
        e.createCollection(EngineFixture.schema(C, DIM));
        float[] all = new float[ROWS * DIM];
        Random rnd = new Random(5);
        for (int first = 0; first < ROWS; first += 10_000) {
            List<FieldColumn> rows = EngineFixture.rows(first, 10_000, DIM, rnd);
            System.arraycopy(rows.get(4).vectorFloats(), 0, all, first * DIM, 10_000 * DIM);
            e.insert(C, "", rows);
        }
        e.flush(List.of(C));
        return all;
    }
}
