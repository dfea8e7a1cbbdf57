package io.partita.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.model.DataType;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A segment of more rows than the writer puts in one chunk, with a nullable column, reads back as
 * written. The crash loop found it: the writer put a validity mask before each 8,192-row chunk
 * while the reader takes one mask for the whole column, so a compaction or a flush of more than
 * 8,192 rows with a nullable field wrote a segment that could not be read (the partition could not
 * load). Also: a nullable column without a mask (every row valid) gets one, as the reader expects.
 */
class LargeNullableSegmentTest {
    private static final int ROWS = 20_000;

    private static final List<FieldSchema> FIELDS = List.of(
            new FieldSchema(100, "id", "", DataType.INT64, true, false, Map.of()),
            new FieldSchema(
                    0, "note", "", DataType.VARCHAR, false, false, Map.of("max_length", "16"), false, true, null),
            new FieldSchema(102, "score", "", DataType.INT64, false, false, Map.of(), false, true, null));

    @Test
    void aNullableColumnLongerThanOneChunkReadsBackAsWritten(@TempDir Path dir) throws IOException {
        long[] ids = new long[ROWS];
        long[] scores = new long[ROWS];
        List<String> notes = new ArrayList<>(ROWS);
        boolean[] valid = new boolean[ROWS];
        for (int r = 0; r < ROWS; r++) {
            ids[r] = r;
            scores[r] = 3L * r;
            valid[r] = r % 3 != 0;
            notes.add(valid[r] ? "n" + r : "");
        }
        SegmentData data = new SegmentData(
                7,
                1,
                ROWS,
                List.of(
                        FieldColumn.longs("id", ids),
                        FieldColumn.varchars("note", notes).withValid(valid),
                        FieldColumn.longs("score", scores)), // nullable, every row valid: no mask in memory
                null,
                false);
        Path file = dir.resolve("seg-7.seg");

        SegmentFileWriter.write(file, FIELDS, data);
        SegmentData back = SegmentFileReader.read(file, FIELDS, n -> {}, () -> false);

        assertThat(back.rowCount()).isEqualTo(ROWS);
        FieldColumn note = back.column(1);
        FieldColumn score = back.column(2);
        for (int r : new int[] {0, 1, 8191, 8192, 8193, 16384, ROWS - 1}) {
            assertThat(note.isNull(r)).as("row %d null", r).isEqualTo(!valid[r]);
            if (valid[r]) {
                assertThat(note.strings()[r]).isEqualTo("n" + r);
            }
            assertThat(score.isNull(r)).isFalse();
            assertThat(score.longs()[r]).isEqualTo(3L * r);
        }
    }
}
