package io.partita.interop.v26;

import static io.partita.interop.v26.OfficialV2Client.observe;

import io.partita.interop.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The modern client against the modern rules: the official 2.6.22 V2 client against the forked
 * reference server in profile milvus-2.3, where rows 3, 4, 6 and 10 succeed and rows 19 and 20
 * carry the 2.3 codes (101 collection not loaded, 201 partition not loaded). Recorded to
 * target/interop-outcomes/official-2.6.22-v2-milvus-2.3.tsv.
 */
class OfficialV2Milvus23InteropTest extends OfficialV2LifecycleRows {
    OfficialV2Milvus23InteropTest() {
        super("milvus-2.3", "official-2.6.22-v2-milvus-2.3");
    }

    @Test
    void row10_releasingAPartitionOfACollectionLoadedAsAWholeSucceedsAndItsSearchIsThenRefused() {
        milvus.createBookWithData();
        milvus.loadCollection();
        log.checkAndRecord(observe("row10.release_partitions", () -> milvus.releasePartitions(Scenario.NOVEL)));
        log.checkAndRecord(observe("row10.then_search_released", () -> milvus.search(Scenario.NOVEL)));
    }
}
