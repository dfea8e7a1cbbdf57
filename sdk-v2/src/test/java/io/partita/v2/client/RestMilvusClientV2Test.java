package io.partita.v2.client;

import io.partita.server.model.Profile;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The V2 contract over the REST transport (Milvus 2.1 HTTP API). */
class RestMilvusClientV2Test extends MilvusClientV2Contract {
    private static Servers servers;

    @BeforeAll
    static void start() throws IOException {
        servers = Servers.start(Profile.MILVUS_2_3);
    }

    @AfterAll
    static void stop() {
        servers.close();
    }

    @Override
    String uri() {
        return servers.httpUri();
    }
}
