package io.partita.cli;

import io.partita.client.MilvusClient;
import io.partita.client.MilvusServiceClient;
import io.partita.param.ConnectParam;
import java.time.Duration;

/**
 * The state a {@code partita} run keeps between commands: where to connect, with which
 * credentials, the open client (created on first use, replaced by {@code connect}) and the
 * output mode. Owns the client and closes it in {@link #close()}. Not thread-safe: one command
 * runs at a time.
 */
final class Session implements AutoCloseable {
    /** Used when neither {@code -u} nor {@code PARTITA_URI} says otherwise. */
    static final String DEFAULT_URI = "grpc://localhost:19530";

    private final Output output;
    private String uri = DEFAULT_URI;
    private String user;
    private String password;
    private Duration timeout = Duration.ofSeconds(30);
    private boolean progress = true;
    private boolean interactive;
    private boolean jsonByDefault;
    private boolean exitRequested;
    private MilvusClient client;

    private final java.io.InputStream in;
    private final java.util.Map<String, String> env;

    Session(Output output, java.io.InputStream in, java.util.Map<String, String> env) {
        this.output = output;
        this.in = in;
        this.env = env;
    }

    java.io.InputStream in() {
        return in;
    }

    java.util.Map<String, String> env() {
        return env;
    }

    Output output() {
        return output;
    }

    String uri() {
        return uri;
    }

    /** Changes the target; the next command connects again. */
    void target(String newUri, String newUser, String newPassword) {
        closeClient();
        this.uri = newUri;
        this.user = newUser;
        this.password = newPassword;
    }

    Duration timeout() {
        return timeout;
    }

    void setTimeout(Duration timeout) {
        this.timeout = timeout;
        closeClient();
    }

    boolean progress() {
        return progress;
    }

    void setProgress(boolean progress) {
        this.progress = progress;
    }

    boolean interactive() {
        return interactive;
    }

    void setInteractive(boolean interactive) {
        this.interactive = interactive;
    }

    /** Whether {@code --json} was given when the shell started; it then holds for every line. */
    boolean jsonByDefault() {
        return jsonByDefault;
    }

    void setJsonByDefault(boolean json) {
        this.jsonByDefault = json;
    }

    boolean exitRequested() {
        return exitRequested;
    }

    void requestExit() {
        this.exitRequested = true;
    }

    /** The connected client, created on first use. */
    MilvusClient client() {
        if (client == null) {
            ConnectParam.Builder b = ConnectParam.newBuilder()
                    .withUri(uri)
                    .withConnectTimeout(Duration.ofSeconds(5))
                    .withRpcDeadline(timeout);
            if (user != null) {
                b.withAuthorization(user, password == null ? "" : password);
            }
            client = new MilvusServiceClient(b.build());
        }
        return client;
    }

    private void closeClient() {
        if (client != null) {
            client.close();
            client = null;
        }
    }

    @Override
    public void close() {
        closeClient();
    }
}
