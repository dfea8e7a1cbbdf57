package io.partita.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.wire.FlushResponse;
import io.partita.wire.GetVersionResponse;
import io.partita.wire.LongArray;
import io.partita.wire.MutationResult;
import io.partita.wire.ShowCollectionsResponse;
import io.partita.wire.Status;
import org.junit.jupiter.api.Test;

/** {@link GoJson} prints as Go's encoding/json printed Milvus's protobuf structs. */
class GoJsonTest {
    @Test
    void aSuccessStatusIsAnEmptyObjectAndZeroValuesAreLeftOut() {
        assertThat(GoJson.print(Status.getDefaultInstance())).isEqualTo("{}");
        assertThat(GoJson.print(GetVersionResponse.newBuilder()
                        .setStatus(Status.getDefaultInstance())
                        .build()))
                .isEqualTo("{\"status\":{}}");
    }

    @Test
    void int64AndUint64PrintAsNumbersAtFullPrecisionAndUint64Unsigned() {
        String s = GoJson.print(ShowCollectionsResponse.newBuilder()
                .addCollectionIds(470677358162477057L)
                .addCreatedTimestamps(-1L)
                .addInMemoryPercentages(100)
                .build());

        assertThat(s)
                .isEqualTo("{\"collection_ids\":[470677358162477057],\"created_timestamps\":[18446744073709551615],"
                        + "\"inMemory_percentages\":[100]}");
    }

    @Test
    void aOneofIsWrappedInGoCaseAsMilvus21Printed() {
        MutationResult m = MutationResult.newBuilder()
                .setIDs(io.partita.wire.IDs.newBuilder()
                        .setIntId(LongArray.newBuilder().addData(1).addData(2)))
                .setInsertCnt(2)
                .build();

        assertThat(GoJson.print(m)).isEqualTo("{\"IDs\":{\"IdField\":{\"IntId\":{\"data\":[1,2]}}},\"insert_cnt\":2}");
    }

    @Test
    void mapsPrintAsObjectsWithSortedKeys() {
        FlushResponse f = FlushResponse.newBuilder()
                .putCollSegIDs("zeta", LongArray.newBuilder().addData(7).build())
                .putCollSegIDs(
                        "book",
                        LongArray.newBuilder().addData(470677358189215745L).build())
                .build();

        assertThat(GoJson.print(f))
                .isEqualTo("{\"coll_segIDs\":{\"book\":{\"data\":[470677358189215745]},\"zeta\":{\"data\":[7]}}}");
    }

    @Test
    void goNamesFollowProtocGenGoCamelCase() {
        assertThat(GoJson.goName("id_field")).isEqualTo("IdField");
        assertThat(GoJson.goName("long_data")).isEqualTo("LongData");
        assertThat(GoJson.goName("field")).isEqualTo("Field");
    }
}
