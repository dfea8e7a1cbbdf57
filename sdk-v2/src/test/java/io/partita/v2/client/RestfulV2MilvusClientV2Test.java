package io.partita.v2.client;

import io.partita.server.model.Profile;

/** The V2 contract over the REST transport's RESTful-v2 mode ({@code /v2/vectordb}), profile milvus-2.6. */
class RestfulV2MilvusClientV2Test extends ReferenceServerV2Contract {
    @Override
    Profile profile() {
        return Profile.MILVUS_2_6;
    }

    @Override
    String uriOf(Servers s) {
        return s.httpUri() + "/v2/vectordb";
    }
}
