package io.partita.v2.client;

import io.partita.server.model.Profile;
import io.partita.testing.Expectations;
import io.partita.v2.testing.MilvusClientV2ContractTest;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** The V2 contract suite against an in-process reference server of one profile, one per test class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReferenceServerV2Contract extends MilvusClientV2ContractTest {
    private Servers servers;

    /** @return the profile the server runs */
    abstract Profile profile();

    /** @return the URI of the transport under test on these servers */
    abstract String uriOf(Servers s);

    @BeforeAll
    void startServer() throws IOException {
        servers = Servers.start(profile());
    }

    @AfterAll
    void stopServer() {
        servers.close();
    }

    @Override
    protected String uri() {
        return uriOf(servers);
    }

    /** SEMANTICS.md's column for the profile, with docs/profiles.md's 2.6 rows for milvus-2.6. */
    @Override
    protected Expectations expectations() {
        return Expectations.forServer(profile().id(), uri().startsWith("grpc") ? "grpc" : "http");
    }

    /** The reference server serves every operation of this suite (compaction too, since issue 13). */
    @Override
    protected Set<String> unsupportedOperations() {
        return Set.of();
    }
}
