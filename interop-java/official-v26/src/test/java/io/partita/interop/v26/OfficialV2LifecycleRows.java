package io.partita.interop.v26;

import static io.partita.interop.v26.OfficialV2Client.observe;

import io.partita.interop.ExpectedOutcomes;
import io.partita.interop.ForkedReferenceServer;
import io.partita.interop.OutcomeLog;
import io.partita.interop.Scenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The official 2.6.22 V2 client against a forked reference server in one profile, and the
 * SEMANTICS.md rows both profiles exercise the same way (3, 4, 6, 19, 20): each outcome is checked
 * against the shared table for that profile ({@link ExpectedOutcomes}) and recorded to
 * target/interop-outcomes/{@code <logName>}.tsv. Subclasses name the profile and add their own steps.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OfficialV2LifecycleRows {
    private final String profile;
    private final String logName;
    private ForkedReferenceServer server;
    protected OfficialV2Client milvus;
    protected OutcomeLog log;

    OfficialV2LifecycleRows(String profile, String logName) {
        this.profile = profile;
        this.logName = logName;
    }

    @BeforeAll
    void startServerAndClient() throws Exception {
        server = ForkedReferenceServer.start(profile);
        milvus = new OfficialV2Client(server.host(), server.grpcPort());
        log = new OutcomeLog(logName, ExpectedOutcomes.forProfile(profile));
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (log != null) {
                log.write();
            }
            if (milvus != null) {
                milvus.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    void row03_loadingTheCollectionWhileAPartitionIsLoadedAnswersAsTheProfileSays() {
        milvus.createBookWithData();
        milvus.loadPartitions(Scenario.NOVEL);
        log.checkAndRecord(observe("row03.load_collection", milvus::loadCollection));
    }

    @Test
    void row04_loadingAPartitionWhileTheCollectionIsLoadedAnswersAsTheProfileSays() {
        milvus.createBookWithData();
        milvus.loadCollection();
        log.checkAndRecord(observe("row04.load_partitions", () -> milvus.loadPartitions(Scenario.NOVEL)));
    }

    @Test
    void row06_loadingAnotherPartitionInASeparateCallAnswersAsTheProfileSays() {
        milvus.createBookWithData();
        milvus.loadPartitions(Scenario.NOVEL);
        log.checkAndRecord(observe("row06.load_partitions", () -> milvus.loadPartitions(Scenario.POEM)));
    }

    @Test
    void row19_searchingAndQueryingWithNothingLoadedAreRefusedWithTheProfilesError() {
        milvus.createBookWithData();
        log.checkAndRecord(observe("row19.search", milvus::search));
        log.checkAndRecord(observe("row19.query", milvus::query));
    }

    @Test
    void row20_searchingAndQueryingAPartitionThatIsNotLoadedAreRefusedWithTheProfilesError() {
        milvus.createBookWithData();
        milvus.loadPartitions(Scenario.NOVEL);
        log.checkAndRecord(observe("row20.search", () -> milvus.search(Scenario.POEM)));
        log.checkAndRecord(observe("row20.query", () -> milvus.query(Scenario.POEM)));
    }
}
