package io.partita.cli;

import io.partita.param.collection.ShowCollectionsParam;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code connect}: picks the server of the following commands and checks that it answers. */
@Command(name = "connect", description = "Connect to a server and check that it answers.")
final class ConnectCommand extends SessionCommand {
    @Option(
            names = {"-u", "--uri"},
            paramLabel = "URI",
            description = "grpc://host:port, grpcs://, http:// or https://.")
    String uri;

    @Option(
            names = "-uri",
            paramLabel = "URI",
            description = "milvus_cli 1.x's spelling: as in pymilvus, http:// and https:// name the gRPC port "
                    + "(so they mean grpc:// and grpcs:// here).")
    String milvusCliUri;

    @Option(
            names = {"-t", "--token"},
            paramLabel = "USER:PASSWORD",
            description = "milvus_cli 1.x's credentials, user:password.")
    String token;

    @Option(
            names = {"-h", "--host"},
            paramLabel = "HOST",
            description = "Host, with --port (milvus_cli style; gRPC).")
    String host;

    @Option(
            names = {"-p", "--port"},
            paramLabel = "PORT",
            description = "Port (default 19530).")
    Integer port;

    @Option(names = "--user", paramLabel = "NAME", description = "User name.")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "Password (default: $PARTITA_PASSWORD).")
    String password;

    @Override
    int run(Session session) {
        String target = uri != null ? uri : pymilvusUri(milvusCliUri);
        String user = this.user;
        String password = this.password;
        if (token != null && user == null) {
            int colon = token.indexOf(':');
            if (colon < 0) {
                throw new UsageException("-t/--token must be user:password, got a value without ':'");
            }
            user = token.substring(0, colon);
            password = token.substring(colon + 1);
        }
        if (target == null && (host != null || port != null)) {
            target = "grpc://" + (host == null ? "localhost" : host) + ":" + (port == null ? 19530 : port);
        }
        if (target != null || user != null) {
            String pw = password != null ? password : session.env().get("PARTITA_PASSWORD");
            session.target(target != null ? target : session.uri(), user, pw);
        }
        int collections = session.client()
                .showCollections(ShowCollectionsParam.newBuilder().build())
                .orThrow()
                .getCollectionNamesCount();
        output().done("Connected to " + session.uri(), Map.of("uri", session.uri(), "collections", collections));
        return ExitCodes.OK;
    }

    /** pymilvus reads http://host:port as the gRPC endpoint (TLS for https); Partita's URI says so plainly. */
    static String pymilvusUri(String uri) {
        if (uri == null) {
            return null;
        }
        if (uri.startsWith("http://")) {
            return "grpc://" + uri.substring("http://".length());
        }
        if (uri.startsWith("https://")) {
            return "grpcs://" + uri.substring("https://".length());
        }
        return uri.contains("://") ? uri : "grpc://" + uri;
    }
}
