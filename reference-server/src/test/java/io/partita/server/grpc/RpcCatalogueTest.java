package io.partita.server.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.model.Profile;
import io.partita.wire.MilvusServiceGrpc;
import io.partita.wire.ReleasePartitionsRequest;
import io.partita.wire.Status;
import io.partita.wire.catalogue.RpcCatalogue;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The RPC catalogue that the server and the SDK both read, against the generated service and the declarations. */
class RpcCatalogueTest {
    private final MilvusServiceAdapter adapter = new MilvusServiceAdapter(new FakeEngine(), Profile.MILVUS_2_1, null);

    @Test
    void everyLineNamesAMilvusServiceRpcWhoseMessageTypesComeFromTheProto() {
        assertThat(RpcCatalogue.all()).hasSize(92);
        for (RpcCatalogue.Rpc rpc : RpcCatalogue.all()) {
            assertThat(rpc.method().getFullMethodName()).isEqualTo(MilvusServiceGrpc.SERVICE_NAME + "/" + rpc.name());
        }
        RpcCatalogue.Rpc release = RpcCatalogue.find("ReleasePartitions").orElseThrow();
        assertThat(release.method()
                        .getRequestMarshaller()
                        .parse(ReleasePartitionsRequest.getDefaultInstance()
                                .toByteString()
                                .newInput()))
                .isInstanceOf(ReleasePartitionsRequest.class);
        assertThat(release.method()
                        .getResponseMarshaller()
                        .parse(Status.getDefaultInstance().toByteString().newInput()))
                .isInstanceOf(Status.class);
    }

    @Test
    void theServersRoutesAreExactlyTheCatalogueRoutesServedOrAnswering501() {
        Set<String> catalogue = RpcCatalogue.all().stream()
                .filter(r -> r.httpPath().isPresent())
                .map(r -> r.name() + " " + r.httpMethod().orElseThrow() + " "
                        + r.httpPath().orElseThrow())
                .collect(Collectors.toSet());
        List<String> declared = adapter.rpcs().stream()
                .flatMap(rpc -> rpc.routes().stream().map(r -> rpc.name() + " " + r.method() + " " + r.path()))
                .toList();

        assertThat(declared).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(catalogue);
        assertThat(adapter.find("ReleasePartitions").orElseThrow().routes())
                .containsExactly(new HttpRoute("DELETE", "/partitions/load"));
    }

    @Test
    void theRoutedRpcsTheServerDoesNotServeAreDerivedFromTheCatalogue() {
        List<String> unserved = adapter.rpcs().stream()
                .filter(rpc -> !rpc.served())
                .map(ServerRpc::name)
                .toList();

        assertThat(unserved)
                .containsExactlyInAnyOrder(
                        "Dummy", "CalcDistance", "LoadBalance", "Import", "GetImportState", "ListImportTasks");
    }

    @Test
    void theOnlyRoutesMilvusNeverHadAreTheTwoLoadProgressExtensions() {
        assertThat(RpcCatalogue.all().stream()
                        .filter(RpcCatalogue.Rpc::extension)
                        .map(RpcCatalogue.Rpc::name))
                .containsExactly("GetLoadingProgress", "GetLoadState");
    }

    @Test
    void rpcsThatMilvusTwoOneDoesNotRouteAreGrpcOnly() {
        assertThat(adapter.find("DescribeAlias").orElseThrow().routes()).isEmpty();
        assertThat(adapter.find("Upsert").orElseThrow().routes()).isEmpty();
        // the SDK calls Upsert (issue 16): catalogued, without a 2.1 route
        assertThat(RpcCatalogue.find("Upsert").orElseThrow().httpPath()).isEmpty();
        assertThat(RpcCatalogue.find("Upsert").orElseThrow().resendSafe()).isFalse();
    }
}
