package io.partita.server.engine;

import static io.partita.server.engine.EngineFixture.C;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.partita.server.model.EngineException;
import io.partita.server.model.Profile;
import io.partita.server.model.SearchResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A collection with partitions _default, p1, p2 (10 rows each: ids 0.., 100.., 200..) under one profile. */
abstract class LifecycleTestBase {
    @TempDir
    Path dir;

    Engine engine;
    long cid;

    abstract Profile profile();

    @BeforeEach
    void createCollectionWithTwoPartitions() {
        engine = EngineFixture.open(dir, profile(), 256L << 20, 2);
        cid = EngineFixture.createStandard(engine);
        engine.createPartition(C, "p1");
        engine.createPartition(C, "p2");
        EngineFixture.insert(engine, "", 0, 10);
        EngineFixture.insert(engine, "p1", 100, 10);
        EngineFixture.insert(engine, "p2", 200, 10);
    }

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    long pid(String name) {
        return engine.showPartitions(C, List.of(name), false).get(0).partitionId();
    }

    static EngineException refused(Runnable call) {
        EngineException e = catchThrowableOfType(EngineException.class, call::run);
        assertThat(e).as("the call is refused with an EngineException").isNotNull();
        return e;
    }

    static void assertRefused(Runnable call, int legacyCode, int code, String reason) {
        EngineException e = refused(call);
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.legacyCode()).as("legacy error_code").isEqualTo(legacyCode);
        assertThat(e.code()).as("2.3+ code").isEqualTo(code);
    }

    void loadPartitions(String... names) {
        engine.loadPartitions(C, List.of(names), 1);
        EngineFixture.awaitLoaded(engine, C, List.of(names));
    }

    void loadCollection() {
        engine.loadCollection(C, 1);
        EngineFixture.awaitLoaded(engine, C, List.of());
    }

    List<Long> visibleIds() {
        return EngineFixture.queryIds(engine, List.of());
    }

    SearchResult searchAll() {
        return engine.search(EngineFixture.searchRequest(C, List.of(), new float[EngineFixture.DIM], 100));
    }
}
