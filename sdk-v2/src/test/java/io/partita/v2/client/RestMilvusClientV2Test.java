package io.partita.v2.client;

import io.partita.server.model.Profile;
import java.util.HashSet;
import java.util.Set;

/** The V2 contract over the REST transport's {@code /api/v1} mode (the Milvus 2.1 HTTP API), profile milvus-2.3. */
class RestMilvusClientV2Test extends ReferenceServerV2Contract {
    @Override
    Profile profile() {
        return Profile.MILVUS_2_3;
    }

    @Override
    String uriOf(Servers s) {
        return s.httpUri();
    }

    /** Milvus 2.1's {@code /api/v1} has no alias describe or list route: the transport answers UNIMPLEMENTED. */
    @Override
    protected Set<String> unsupportedOperations() {
        Set<String> s = new HashSet<>(super.unsupportedOperations());
        s.add("DescribeAlias");
        s.add("ListAliases");
        return s;
    }
}
