package io.partita.param;

import static io.partita.param.ParamAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConnectParamTest {

    @Test
    void defaultsAreLocalhostGrpcWithDocumentedTimeouts() {
        ConnectParam p = ConnectParam.newBuilder().build();

        assertThat(p.getUri().toString()).isEqualTo("grpc://localhost:19530");
        assertThat(p.getScheme()).isEqualTo("grpc");
        assertThat(p.getConnectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(p.getConnectTimeoutMs()).isEqualTo(10_000);
        assertThat(p.getKeepAliveTime()).isEqualTo(Duration.ofSeconds(55));
        assertThat(p.getKeepAliveTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(p.getIdleTimeout()).isEqualTo(Duration.ofHours(24));
        assertThat(p.getRpcDeadline()).isEqualTo(Duration.ZERO);
        assertThat(p.getMaxMessageSizeBytes()).isEqualTo(512L * 1024 * 1024);
        assertThat(p.getDatabaseName()).isEqualTo("default");
        assertThat(p.isSecure()).isFalse();
        assertThat(p.getTransport()).isNull();
    }

    @Test
    void aUriOverridesHostAndPortAndItsSchemePicksTheTransport() {
        ConnectParam p = ConnectParam.newBuilder()
                .withHost("ignored")
                .withUri("https://milvus.example:9091")
                .build();

        assertThat(p.getHost()).isEqualTo("milvus.example");
        assertThat(p.getPort()).isEqualTo(9091);
        assertThat(p.getScheme()).isEqualTo("https");
        assertThat(p.isSecure()).isTrue();
    }

    @Test
    void aTlsFileTurnsTlsOnAndTheDefaultSchemeBecomesGrpcs() {
        ConnectParam p = ConnectParam.newBuilder()
                .withCaPemPath("/ca.pem")
                .withServerName("milvus")
                .build();

        assertThat(p.getUri().getScheme()).isEqualTo("grpcs");
        assertThat(p.getCaPemPath()).isEqualTo("/ca.pem");
        assertThat(p.getServerName()).isEqualTo("milvus");
    }

    @Test
    void timeUnitsAreConverted() {
        ConnectParam p = ConnectParam.newBuilder()
                .withConnectTimeout(3, TimeUnit.SECONDS)
                .withRpcDeadline(1500, TimeUnit.MILLISECONDS)
                .withKeepAliveTime(1, TimeUnit.MINUTES)
                .withKeepAliveTimeout(5, TimeUnit.SECONDS)
                .withIdleTimeout(2, TimeUnit.HOURS)
                .keepAliveWithoutCalls(true)
                .build();

        assertThat(p.getConnectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(p.getRpcDeadline()).isEqualTo(Duration.ofMillis(1500));
        assertThat(p.getKeepAliveTime()).isEqualTo(Duration.ofMinutes(1));
        assertThat(p.isKeepAliveWithoutCalls()).isTrue();
    }

    @Test
    void credentialsInTheUriBecomeTheAuthorizationAndLeaveTheUri() {
        ConnectParam p = ConnectParam.newBuilder()
                .withUri("grpcs://root:Milvus@db.example:19530")
                .build();

        assertThat(p.getUsername()).isEqualTo("root");
        assertThat(p.getPassword()).isEqualTo("Milvus");
        assertThat(p.getUri().toString()).isEqualTo("grpcs://db.example:19530");
        assertThat(p.toString()).doesNotContain("Milvus");
    }

    @Test
    void toStringHidesThePasswordAndTheToken() {
        String text = ConnectParam.newBuilder()
                .withAuthorization("root", "s3cret")
                .withToken("tok3n")
                .build()
                .toString();

        assertThat(text).contains("root").doesNotContain("s3cret").doesNotContain("tok3n");
    }

    @Test
    void badValuesAreRejectedNamingTheField() {
        assertRejected(() -> ConnectParam.newBuilder().withHost(" ").build(), "host");
        assertRejected(() -> ConnectParam.newBuilder().withHost(null).build(), "host must not be null");
        assertRejected(() -> ConnectParam.newBuilder().withPort(0).build(), "port", "got 0");
        assertRejected(() -> ConnectParam.newBuilder().withPort(70000).build(), "port", "got 70000");
        assertRejected(() -> ConnectParam.newBuilder().withUri("ftp://h:1").build(), "uri scheme", "ftp://h:1");
        assertRejected(
                () -> ConnectParam.newBuilder().withUri("grpc://nohostport").build(),
                "uri must name a host and a port");
        assertRejected(
                () -> ConnectParam.newBuilder().withUri("grpc://bad host:1").build(), "uri is not a valid URI");
        assertRejected(() -> ConnectParam.newBuilder().withDatabaseName("").build(), "databaseName");
        assertRejected(
                () -> ConnectParam.newBuilder().withAuthorization("", "x").build(), "username");
        assertRejected(
                () -> ConnectParam.newBuilder().withAuthorization("root", null).build(), "password must not be null");
        assertRejected(
                () -> ConnectParam.newBuilder().withClientPemPath("/c.pem").build(), "clientKeyPath");
        assertRejected(
                () -> ConnectParam.newBuilder()
                        .withConnectTimeout(Duration.ZERO)
                        .build(),
                "connectTimeout must be positive");
        assertRejected(
                () -> ConnectParam.newBuilder()
                        .withKeepAliveTime(Duration.ofSeconds(-1))
                        .build(),
                "keepAliveTime");
        assertRejected(
                () -> ConnectParam.newBuilder().withKeepAliveTimeout(null).build(),
                "keepAliveTimeout must not be null");
        assertRejected(
                () -> ConnectParam.newBuilder().withIdleTimeout(Duration.ZERO).build(), "idleTimeout");
        assertRejected(
                () -> ConnectParam.newBuilder()
                        .withRpcDeadline(Duration.ofMillis(-1))
                        .build(),
                "rpcDeadline must not be negative");
        assertRejected(
                () -> ConnectParam.newBuilder().withMaxMessageSizeBytes(0).build(), "maxMessageSizeBytes");
        assertRejected(
                () -> ConnectParam.newBuilder().withConnectTimeout(1, null).build(), "timeUnit");
    }

    @Test
    void thePreEncodedAuthorizationOfTheOfficialSdkIsDecodedIntoUserAndPassword() {
        String header = java.util.Base64.getEncoder()
                .encodeToString("root:Mil:vus".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        ConnectParam p = ConnectParam.newBuilder()
                .withHost("localhost")
                .withAuthorization(header)
                .secure(true)
                .build();

        assertThat(p.getUsername()).isEqualTo("root");
        assertThat(p.getPassword()).isEqualTo("Mil:vus");
        assertThat(p.isSecure()).isTrue();
        assertThat(p.toString()).doesNotContain("Mil:vus").doesNotContain(header);
    }

    @Test
    void anAuthorizationThatIsNotBase64OfUserColonPasswordIsRefusedByName() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> ConnectParam.newBuilder().withAuthorization("%%%"))
                .isInstanceOf(io.partita.exception.ParamException.class)
                .hasMessageContaining("authorization")
                .hasMessageContaining("not base64");
        String noColon =
                java.util.Base64.getEncoder().encodeToString("root".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> ConnectParam.newBuilder().withAuthorization(noColon))
                .isInstanceOf(io.partita.exception.ParamException.class)
                .hasMessageContaining("no ':'");
    }
}
