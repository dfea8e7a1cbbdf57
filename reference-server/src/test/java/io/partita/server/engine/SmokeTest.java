package io.partita.server.engine;

import static io.partita.server.engine.EngineFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.model.Profile;
import io.partita.server.model.SearchResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmokeTest {
    @TempDir
    Path dir;

    @Test
    void insertLoadSearchReleaseRoundTrip() {
        try (Engine e = open(dir, Profile.MILVUS_2_1)) {
            createStandard(e);
            insert(e, "", 0, 100);
            e.flush(List.of(C));
            insert(e, "", 100, 50);
            e.loadCollection(C, 1);
            awaitLoaded(e, C, List.of());
            assertThat(queryIds(e, List.of())).hasSize(150);
            SearchResult r = e.search(searchRequest(C, List.of(), new float[DIM], 5));
            assertThat(r.topks()).containsExactly(5);
            assertThat(e.queryNodes().get(0).usedBytes()).isPositive();
            e.releaseCollection(C);
            assertThat(e.queryNodes().get(0).usedBytes()).isZero();
        }
    }
}
