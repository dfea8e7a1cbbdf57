package io.partita.server.engine;

import static io.partita.server.engine.EngineFixture.C;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.engine.core.LocalEngine;
import io.partita.server.model.Profile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code collection.ttl.seconds} enforced as Milvus does: a read sees no row inserted more than
 * the TTL before it (its proxy's {@code CollectionTtlTimestamps}), on a clock the test advances.
 */
class CollectionTtlTest {
    @TempDir
    Path dir;

    /** A wall clock that moves only when the test says so. */
    static final class TestClock extends Clock {
        final AtomicLong millis = new AtomicLong(System.currentTimeMillis());

        void advanceSeconds(long s) {
            millis.addAndGet(s * 1000);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.get());
        }
    }

    private Engine open(TestClock clock) {
        return LocalEngine.open(
                EngineConfig.builder(dir)
                        .profile(Profile.MILVUS_2_6)
                        .memoryLimitBytes(256L << 20)
                        .build(),
                clock);
    }

    private static long count(Engine e) {
        return EngineFixture.queryIds(e, List.of()).size();
    }

    @Test
    void rowsOlderThanTheTtlAreInvisibleToQueriesAndSearches() {
        TestClock clock = new TestClock();
        try (Engine e = open(clock)) {
            EngineFixture.createStandard(e);
            e.alterCollection(C, Map.of("collection.ttl.seconds", "60"), List.of());
            e.loadCollection(C, 1);
            EngineFixture.awaitLoaded(e, C, List.of());
            EngineFixture.insert(e, "", 0, 10); // t = 0
            clock.advanceSeconds(30);
            EngineFixture.insert(e, "", 100, 5); // t = 30
            assertThat(count(e)).isEqualTo(15);

            clock.advanceSeconds(31); // t = 61: the first insert is past the TTL
            assertThat(EngineFixture.queryIds(e, List.of())).hasSize(5).allMatch(id -> id >= 100);
            long[] hits = EngineFixture.ids(
                    e.search(EngineFixture.searchRequest(C, List.of(), new float[EngineFixture.DIM], 20)));
            assertThat(hits).hasSize(5).containsOnly(100L, 101L, 102L, 103L, 104L);

            // a longer TTL shows them again (the rows are not deleted, only hidden), 0 turns it off
            e.alterCollection(C, Map.of("collection.ttl.seconds", "3600"), List.of());
            assertThat(count(e)).isEqualTo(15);
            e.alterCollection(C, Map.of("collection.ttl.seconds", "0"), List.of());
            clock.advanceSeconds(100_000);
            assertThat(count(e)).isEqualTo(15);

            // a sealed segment keeps no per-row time here: it expires with its newest row
            e.alterCollection(C, Map.of("collection.ttl.seconds", "60"), List.of());
            EngineFixture.insert(e, "", 200, 3);
            e.flush(List.of(C));
            assertThat(count(e)).isEqualTo(3);
            clock.advanceSeconds(61);
            assertThat(count(e)).isZero();
        }
    }
}
