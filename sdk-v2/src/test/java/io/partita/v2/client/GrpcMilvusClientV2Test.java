package io.partita.v2.client;

import io.partita.server.model.Profile;

/** The V2 contract over the gRPC transport, profile milvus-2.6. */
class GrpcMilvusClientV2Test extends ReferenceServerV2Contract {
    @Override
    Profile profile() {
        return Profile.MILVUS_2_6;
    }

    @Override
    String uriOf(Servers s) {
        return s.grpcUri();
    }
}
