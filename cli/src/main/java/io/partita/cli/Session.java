package io.partita.cli;

import io.partita.client.MilvusClient;
import io.partita.client.MilvusServiceClient;
import io.partita.param.ConnectParam;
import io.partita.v2.client.ConnectConfig;
import io.partita.v2.client.MilvusClientV2;
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
    private boolean longsAsStringsByDefault;
    private boolean exitRequested;
    private MilvusClient client;
    private MilvusClientV2 clientV2;
    private String database = "default";
    private Prompter prompter;

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

    /** Whether {@code --ids-as-strings} was given when the shell started; it then holds for every line. */
    boolean longsAsStringsByDefault() {
        return longsAsStringsByDefault;
    }

    void setLongsAsStringsByDefault(boolean longsAsStrings) {
        this.longsAsStringsByDefault = longsAsStrings;
    }

    boolean exitRequested() {
        return exitRequested;
    }

    void requestExit() {
        this.exitRequested = true;
    }

    /** Installs the shell's line reader, so commands can ask for what milvus_cli 1.x asks for. */
    void setPrompter(Prompter prompter) {
        this.prompter = prompter;
    }

    /** Whether there is somebody to ask: the interactive shell, not a one-shot command line. */
    boolean canAsk() {
        return prompter != null;
    }

    /**
     * Asks for a value milvus_cli 1.x prompts for; on a one-shot command line there is nobody to
     * ask, so the option that gives it is named in a usage error instead.
     *
     * @param question shown as {@code question: } (with {@code [default]} when there is one)
     * @param defaultValue returned for an empty answer; {@code null} means an answer is required
     * @param option the option that answers it on a command line, e.g. {@code -e/--expr}
     */
    String ask(String question, String defaultValue, String option) {
        if (prompter == null) {
            throw new UsageException("missing " + option + " (the shell asks for it: " + question + ")");
        }
        String shown =
                question + (defaultValue == null || defaultValue.isEmpty() ? "" : " [" + defaultValue + "]") + ": ";
        while (true) {
            String line;
            try {
                line = prompter.readLine(shown);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            if (line == null) {
                throw new UsageException("no answer to \"" + question + "\" before the end of input");
            }
            line = line.strip();
            if (!line.isEmpty()) {
                return line;
            }
            if (defaultValue != null) {
                return defaultValue;
            }
        }
    }

    /** milvus_cli's "Do you want to continue? [y/N]"; {@code true} only for y or yes. */
    boolean confirm(String question) {
        String answer = ask(question + " [y/N]", "n", "-y/--yes");
        return answer.equalsIgnoreCase("y") || answer.equalsIgnoreCase("yes");
    }

    /** The database the session's calls run in ({@code use database}); {@code default} at first. */
    String database() {
        return database;
    }

    /** Switches the database; the next command connects again with it. */
    void useDatabase(String name) {
        closeClient();
        this.database = name;
    }

    /** The connected client, created on first use. */
    MilvusClient client() {
        if (client == null) {
            ConnectParam.Builder b = ConnectParam.newBuilder()
                    .withUri(uri)
                    .withConnectTimeout(Duration.ofSeconds(5))
                    .withRpcDeadline(timeout)
                    .withDatabaseName(database);
            if (user != null) {
                b.withAuthorization(user, password == null ? "" : password);
            }
            client = new MilvusServiceClient(b.build());
        }
        return client;
    }

    /**
     * The connected V2 client, for the calls Milvus 2.2+ added that the 2.1-style client does not make (upsert,
     * get, iterators, hybrid search, properties, the server's version); created on first use with the same
     * target, credentials, database and deadline as {@link #client()}.
     */
    MilvusClientV2 clientV2() {
        if (clientV2 == null) {
            ConnectConfig.ConnectConfigBuilder b = ConnectConfig.builder()
                    .uri(uri)
                    .connectTimeoutMs(5_000)
                    .rpcDeadlineMs(timeout.toMillis())
                    .dbName(database);
            if (user != null) {
                b.username(user).password(password == null ? "" : password);
            }
            clientV2 = new MilvusClientV2(b.build());
        }
        return clientV2;
    }

    private void closeClient() {
        if (client != null) {
            client.close();
            client = null;
        }
        if (clientV2 != null) {
            clientV2.close();
            clientV2 = null;
        }
    }

    @Override
    public void close() {
        closeClient();
    }
}
