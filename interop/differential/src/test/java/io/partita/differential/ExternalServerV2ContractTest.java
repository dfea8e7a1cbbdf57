package io.partita.differential;

import io.partita.testing.Expectations;
import io.partita.v2.testing.MilvusClientV2ContractTest;
import java.net.URI;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * sdk-v2's contract suite (the V2 API, {@code MilvusClientV2}) against a server that is already
 * running: {@code -Dpartita.contract.api=v2}, {@code -Dpartita.contract.uri} (e.g.
 * {@code grpc://127.0.0.1:19530}, or an {@code http://host:port/v2/vectordb} URI for RESTful v2)
 * and {@code -Dpartita.contract.server} as for {@link ExternalServerContractTest}, whose observed
 * differences apply here under the same check names. Skipped unless both are given.
 */
@EnabledIfSystemProperty(named = "partita.contract.api", matches = "v2")
class ExternalServerV2ContractTest extends MilvusClientV2ContractTest {
    private final String uri = System.getProperty("partita.contract.uri", "");
    private final Expectations expectations = Expectations.forServer(
            System.getProperty("partita.contract.server", "milvus-2.3"),
            uri.isEmpty() ? "grpc" : URI.create(uri).getScheme());

    @Override
    protected String uri() {
        return uri;
    }

    @Override
    protected Expectations expectations() {
        return expectations;
    }
}
