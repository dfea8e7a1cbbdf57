package io.partita.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.partita.transport.TransportException;
import io.partita.transport.TransportFailure;
import io.partita.wire.ClientInfo;
import io.partita.wire.ConnectRequest;
import io.partita.wire.ConnectResponse;
import io.partita.wire.GetVersionRequest;
import io.partita.wire.MilvusServiceGrpc.MilvusServiceBlockingStub;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The optional eager check of {@link GrpcTransport.Builder#eagerConnect(boolean)}: waits for the
 * channel to become ready within the connect timeout, then says hello with {@code Connect}
 * (Milvus 2.3+). A server that answers UNIMPLEMENTED (Milvus 2.1/2.2) is asked
 * {@code GetVersion}; if that is unknown too, reaching it is proof enough.
 */
final class ConnectCheck {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectCheck.class);

    private ConnectCheck() {}

    /** @return the server's version when it told one, else an empty string */
    static String run(MilvusServiceBlockingStub stub, String target, Duration connectTimeout, String user)
            throws TransportException {
        MilvusServiceBlockingStub waiting =
                stub.withWaitForReady().withDeadlineAfter(connectTimeout.toNanos(), TimeUnit.NANOSECONDS);
        try {
            ConnectResponse r = waiting.connect(ConnectRequest.newBuilder()
                    .setClientInfo(ClientInfo.newBuilder()
                            .setSdkType("Java")
                            .setSdkVersion(sdkVersion())
                            .setLocalTime(OffsetDateTime.now().toString())
                            .setUser(user == null ? "" : user))
                    .build());
            if (r.getStatus().getErrorCodeValue() != 0 || r.getStatus().getCode() != 0) {
                throw new TransportException(
                        TransportFailure.UNAVAILABLE,
                        "Connect to " + target + " was refused: "
                                + r.getStatus().getReason());
            }
            return r.getServerInfo().getBuildTags();
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() == Status.Code.UNIMPLEMENTED) {
                LOG.debug("{} does not know Connect; asking GetVersion", target);
                return version(waiting, target);
            }
            throw connectFailure(target, connectTimeout, e);
        }
    }

    private static String version(MilvusServiceBlockingStub stub, String target) throws TransportException {
        try {
            return stub.getVersion(GetVersionRequest.getDefaultInstance()).getVersion();
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() == Status.Code.UNIMPLEMENTED) {
                return "";
            }
            throw GrpcErrors.toTransportException("GetVersion", target, e);
        }
    }

    private static TransportException connectFailure(String target, Duration timeout, StatusRuntimeException e) {
        if (e.getStatus().getCode() == Status.Code.DEADLINE_EXCEEDED) {
            return new TransportException(
                    TransportFailure.UNAVAILABLE,
                    "could not connect to " + target + " within the connect timeout of " + timeout.toMillis() + " ms",
                    e);
        }
        return GrpcErrors.toTransportException("Connect", target, e);
    }

    private static String sdkVersion() {
        String v = ConnectCheck.class.getPackage().getImplementationVersion();
        return v == null ? "partita" : "partita-" + v;
    }
}
