package io.partita.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusClient;
import io.partita.model.HasStatus;
import io.partita.model.Status;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OperationsTest {

    @Test
    void everyOperationHasAUniqueRpcNameAndAResponseThatCarriesAStatus() {
        Set<String> names = new HashSet<>();
        for (Operation<?, ?> op : Operations.all()) {
            assertThat(names.add(op.getName())).as("duplicate %s", op).isTrue();
            assertThat(HasStatus.class.isAssignableFrom(op.getResponseType()))
                    .as(op.getName())
                    .isTrue();
        }
    }

    @Test
    void everyClientCallWithAParamHasItsOperation() {
        Set<Class<?>> paramTypes =
                Operations.all().stream().map(Operation::getParamType).collect(Collectors.toSet());
        for (Method m : MilvusClient.class.getMethods()) {
            // default methods (the official SDK's other names, e.g. manualCompact) delegate to one that has
            // the iterators are not RPCs: their pages are QUERY and SEARCH calls (IteratorCalls)
            if (!m.isDefault()
                    && !m.getName().endsWith("Iterator")
                    && m.getParameterCount() == 1
                    && m.getParameterTypes()[0].getPackageName().startsWith("io.partita.param.")) {
                assertThat(paramTypes).as(m.getName()).contains(m.getParameterTypes()[0]);
            }
        }
    }

    @Test
    void allListsEveryPublicConstant() throws Exception {
        long constants = Arrays.stream(Operations.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == Operation.class)
                .count();

        assertThat(Operations.all()).hasSize((int) constants);
    }

    @Test
    void writesThatMustNotRunTwiceAreNotIdempotent() {
        assertThat(Operations.INSERT.isIdempotent()).isFalse();
        assertThat(Operations.UPSERT.isIdempotent()).isFalse();
        assertThat(Operations.DELETE.isIdempotent()).isFalse();
        assertThat(Operations.CREATE_PARTITION.isIdempotent()).isFalse();
        assertThat(Operations.RELEASE_PARTITIONS.isIdempotent()).isTrue();
        assertThat(Operations.SEARCH.isIdempotent()).isTrue();
    }

    @Test
    void resendSafetyAndRoutesComeFromTheCatalogueTheServerReadsToo() throws Exception {
        assertThat(Operations.RELEASE_PARTITIONS.getHttpMethod()).contains("DELETE");
        assertThat(Operations.RELEASE_PARTITIONS.getHttpPath()).contains("/partitions/load");
        assertThat(Operations.GET_LOAD_STATE.getHttpPath()).contains("/collection/load-state");
        for (Operation<?, ?> op : Operations.all()) {
            assertThat(op.getHttpMethod().isPresent())
                    .as(op.getName())
                    .isEqualTo(op.getHttpPath().isPresent());
        }
        // sdk-core's copy is module wire's file, byte for byte (wire is on the test class path only)
        try (java.io.InputStream sdk = Operation.class.getResourceAsStream("milvus-rpcs.txt");
                java.io.InputStream wire = io.partita.wire.catalogue.RpcCatalogue.class.getResourceAsStream(
                        io.partita.wire.catalogue.RpcCatalogue.FILE)) {
            assertThat(sdk.readAllBytes()).isEqualTo(wire.readAllBytes());
        }
    }

    @Test
    void anRpcMissingFromTheCatalogueCannotBecomeAnOperation() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new Operation<>("NoSuchRpc", String.class, Status.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("NoSuchRpc is not in the RPC catalogue milvus-rpcs.txt");
    }

    @Test
    void callOptionsRejectANonPositiveDeadline() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CallOptions.withDeadline(java.time.Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PT0S");
        assertThat(CallOptions.none().getDeadline()).isEmpty();
    }
}
