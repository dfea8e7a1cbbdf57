package io.partita.grpc;

/** sdk-core's transport contract through {@link GrpcTransport} against the milvus-2.3 profile. */
class GrpcTransportContract23Test extends GrpcTransportContractTest {
    @Override
    protected Profile profile() {
        return Profile.MILVUS_2_3;
    }
}
