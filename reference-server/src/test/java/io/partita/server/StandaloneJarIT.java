package io.partita.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import io.partita.wire.CreateCollectionRequest;
import io.partita.wire.ErrorCode;
import io.partita.wire.HasCollectionRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone jar's command line, run as a forked process. */
class StandaloneJarIT {
    @TempDir
    Path dir;

    @Test
    void helpListsEveryFlagAndExitsZero() throws Exception {
        ForkedServer.Result r = ForkedServer.runToExit("--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.stdout())
                .contains(
                        "--grpc-port",
                        "--http-port",
                        "--data-dir",
                        "--profile",
                        "--memory-limit",
                        "--query-nodes",
                        "--bind",
                        "--auth",
                        "--help");
    }

    @Test
    void anUnknownFlagIsRefusedWithOneLineAndExitCodeTwo() throws Exception {
        ForkedServer.Result r = ForkedServer.runToExit("--grpc-prot", "1");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr().strip().lines()).hasSize(1);
        assertThat(r.stderr()).contains("--grpc-prot");
        assertThat(r.stdout()).isEmpty();
    }

    @Test
    void badFlagValuesAreRefusedNamingTheValueWithExitCodeTwo() throws Exception {
        for (String[] flags : new String[][] {
            {"--profile", "milvus-9"},
            {"--memory-limit", "lots"},
            {"--query-nodes", "0"},
            {"--grpc-port", "seventy"},
            {"--bind", "no.such.host.invalid"},
            {"--auth", "maybe"}
        }) {
            ForkedServer.Result r = ForkedServer.runToExit(flags);
            assertThat(r.exitCode())
                    .as("exit code for %s", String.join(" ", flags))
                    .isEqualTo(2);
            assertThat(r.stderr()).contains(flags[1]);
            assertThat(r.stderr().strip().lines()).hasSize(1);
        }
    }

    @Test
    void withAuthOnlyCallsCarryingRootsCredentialsAreServed() throws Exception {
        try (ForkedServer s = ForkedServer.start(dir, "--auth")) {
            assertThatThrownBy(() -> s.stub()
                            .hasCollection(HasCollectionRequest.newBuilder()
                                    .setCollectionName("x")
                                    .build()))
                    .isInstanceOfSatisfying(
                            StatusRuntimeException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
            Metadata md = new Metadata();
            md.put(
                    Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER),
                    Base64.getEncoder().encodeToString("root:Milvus".getBytes(StandardCharsets.UTF_8)));
            assertThat(s.stub()
                            .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(md))
                            .hasCollection(HasCollectionRequest.newBuilder()
                                    .setCollectionName("x")
                                    .build())
                            .getStatus()
                            .getCode())
                    .isZero();
        }
    }

    @Test
    void itPrintsExactlyOneReadyLineServesAndStopsCleanlyOnSigterm() throws Exception {
        try (ForkedServer s = ForkedServer.start(dir, "--profile", "milvus-2.3", "--memory-limit", "64m")) {
            assertThat(s.readyLine).contains("profile=milvus-2.3").contains("data=" + dir);
            io.partita.wire.Status created = s.stub()
                    .createCollection(CreateCollectionRequest.newBuilder()
                            .setCollectionName("kept")
                            .setSchema(io.partita.server.grpc.WireRequests.schema("kept", 4)
                                    .toByteString())
                            .build());
            assertThat(created.getErrorCode()).isEqualTo(ErrorCode.Success);

            s.process.destroy(); // SIGTERM
            assertThat(s.process.waitFor(30, TimeUnit.SECONDS))
                    .as("stops on SIGTERM")
                    .isTrue();
            assertThat(s.stdout).hasSize(1);
        }
        try (ForkedServer again = ForkedServer.start(dir)) {
            assertThat(again.stub()
                            .hasCollection(HasCollectionRequest.newBuilder()
                                    .setCollectionName("kept")
                                    .build())
                            .getValue())
                    .isTrue();
        }
    }

    /**
     * {@code java -jar} without the vector module: the jar runs itself again with
     * {@code --add-modules jdk.incubator.vector} (so no scalar-kernel warning is logged), and the
     * child dies with its parent even on {@code kill -9}, leaving no orphan on the data directory.
     * The child asks for transparent huge pages where the kernel offers them.
     */
    @Test
    void theJarRelaunchesItselfWithTheVectorModuleAndItsChildDiesWithIt() throws Exception {
        try (ForkedServer s = ForkedServer.start(dir)) {
            java.util.List<ProcessHandle> children = s.process.children().collect(java.util.stream.Collectors.toList());
            assertThat(children).hasSize(1);
            ProcessHandle child = children.get(0);
            assertThat(child.info().arguments().map(java.util.List::of).orElse(java.util.List.of()))
                    .as("the child's command line")
                    .contains("--add-modules", "jdk.incubator.vector", "-Dpartita.relaunched=true");
            assertThat(child.info()
                            .arguments()
                            .map(java.util.List::of)
                            .orElse(java.util.List.of())
                            .contains("-XX:+UseTransparentHugePages"))
                    .as("huge pages are asked for exactly when the kernel offers them")
                    .isEqualTo(VectorModuleRelaunch.hugePagesOffered());
            s.process.destroyForcibly(); // kill -9 of the parent
            assertThat(child.onExit().get(10, TimeUnit.SECONDS).isAlive())
                    .as("the child halts with its parent")
                    .isFalse();
        }
    }
}
