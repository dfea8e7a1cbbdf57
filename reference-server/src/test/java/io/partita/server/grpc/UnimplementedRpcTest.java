package io.partita.server.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.partita.wire.AddCollectionFieldRequest;
import io.partita.wire.CreateDatabaseRequest;
import io.partita.wire.CreateResourceGroupRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnimplementedRpcTest {
    @TempDir
    Path dir;

    @Test
    void anRpcTheServerDoesNotImplementAnswersUnimplementedNamingTheRpc() throws Exception {
        try (AdapterHarness h = new AdapterHarness(new FakeEngine(), dir, false)) {
            assertThatThrownBy(() -> h.stub.createResourceGroup(CreateResourceGroupRequest.newBuilder()
                            .setResourceGroup("rg")
                            .build()))
                    .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNIMPLEMENTED);
                        assertThat(e.getStatus().getDescription()).contains("CreateResourceGroup");
                    });
            assertThatThrownBy(() -> h.stub.addCollectionField(AddCollectionFieldRequest.getDefaultInstance()))
                    .isInstanceOfSatisfying(
                            StatusRuntimeException.class,
                            e -> assertThat(e.getStatus().getDescription())
                                    .isEqualTo(UnimplementedRpcs.message("AddCollectionField")));
            assertThatThrownBy(() -> h.stub.createDatabase(
                            CreateDatabaseRequest.newBuilder().setDbName("x").build()))
                    .isInstanceOfSatisfying(
                            StatusRuntimeException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNIMPLEMENTED));
        }
    }

    @Test
    void anImplementedRpcIsNotReplacedByTheFallback() throws Exception {
        try (AdapterHarness h = new AdapterHarness(new FakeEngine(), dir, false)) {
            assertThat(h.stub.getVersion(io.partita.wire.GetVersionRequest.getDefaultInstance())
                            .getVersion())
                    .startsWith("v2.");
        }
    }
}
