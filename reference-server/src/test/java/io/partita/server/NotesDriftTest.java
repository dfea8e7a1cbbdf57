package io.partita.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.server.engine.Engine;
import io.partita.server.engine.EngineConfig;
import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.model.EngineException;
import io.partita.server.model.LoadState;
import io.partita.wire.ErrorCode;
import io.partita.wire.MilvusServiceGrpc;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Option;

/**
 * The module notes (SERVER.md, ENGINE.md) checked against the code, so they cannot drift: every
 * class, method and RPC named in backticks exists, every flag in the table is an option of
 * {@link Main} with the default the table gives, and the quoted ready line is what the server prints.
 */
class NotesDriftTest {
    private static final Pattern BACKTICKED = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern UPPER_CAMEL = Pattern.compile("[A-Z][a-z][A-Za-z0-9]*");
    private static final Pattern MEMBER = Pattern.compile("([A-Z][A-Za-z0-9]*)\\.([a-z][A-Za-z0-9]*)(\\(.*\\))?");
    private static final Pattern METHOD =
            Pattern.compile("([a-z][a-z0-9]*[A-Z][A-Za-z0-9]*|[a-z]+\\(.*\\))(\\(.*\\))?");
    private static final Pattern FILE = Pattern.compile(".*\\.(md|java|py|log|seg|mv|tsv|tmp)");
    private static final Pattern QUALIFIED =
            Pattern.compile("io\\.partita\\.server(\\.[a-z]+)*(\\.[A-Z][A-Za-z0-9]*)?");

    /** The classes the notes describe, whose members they name without a class. */
    private static final List<Class<?>> SUBJECTS = List.of(
            Engine.class,
            EngineConfig.class,
            EngineConfig.Builder.class,
            EngineException.class,
            LoadState.class,
            LifecycleProfile.class,
            ReferenceServer.class,
            ReferenceServer.Builder.class);

    /** Names the notes use for things outside this module (clients, Milvus itself). */
    private static final Set<String> OUTSIDE = Set.of("Milvus", "MilvusClient", "MilvusClientV2");

    @TempDir
    Path dir;

    @Test
    void everyClassMethodAndRpcNamedInTheNotesExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String note : List.of("SERVER.md", "ENGINE.md")) {
            for (String token : backticked(note)) {
                if (!resolves(token)) {
                    missing.add(note + ": `" + token + "`");
                }
            }
        }
        assertThat(missing).as("names in the notes that the code does not have").isEmpty();
    }

    @Test
    void theCheckerRefusesNamesTheCodeDoesNotHave() {
        assertThat(resolves("Engine.noSuchOperation()")).isFalse();
        assertThat(resolves("NoSuchClassAnywhere")).isFalse();
        assertThat(resolves("noSuchEngineMethod(name)")).isFalse();
        assertThat(resolves("io.partita.server.nowhere")).isFalse();
        assertThat(resolves("Engine.MAX_NQ")).isTrue();
        assertThat(resolves("ReleasePartitions")).isTrue();
        assertThat(resolves("releasePartitions")).isTrue();
    }

    @Test
    void theFlagTableNamesExactlyTheOptionsOfMainWithTheirDefaults() throws IOException {
        Set<String> documented = Pattern.compile("(?m)^\\| `(--[a-z-]+)")
                .matcher(Files.readString(Path.of("SERVER.md")))
                .results()
                .map(r -> r.group(1))
                .collect(Collectors.toSet());
        Set<String> options = Arrays.stream(Main.class.getDeclaredFields())
                .map(f -> f.getAnnotation(Option.class))
                .filter(o -> o != null)
                .map(o -> o.names()[o.names().length - 1])
                .collect(Collectors.toSet());
        assertThat(documented).isEqualTo(options);

        Main defaults = new Main();
        String table = Files.readString(Path.of("SERVER.md"));
        assertThat(table).contains("| `--grpc-port PORT` | " + defaults.grpcPort + " |");
        assertThat(table).contains("| `--http-port PORT` | " + defaults.httpPort + " |");
        assertThat(table).contains("| `--data-dir DIR` | `" + defaults.dataDir + "` |");
        assertThat(table).contains("| `--profile P` | `" + defaults.profile.id() + "` |");
        assertThat(table).contains("| `--query-nodes N` | " + defaults.queryNodes + " |");
        assertThat(table).contains("| `--bind ADDRESS` | " + defaults.bind + " |");
    }

    @Test
    void theQuotedReadyLineIsWhatTheServerPrints() throws Exception {
        Matcher quoted = Pattern.compile("(?m)^Partita reference server ready: .*$")
                .matcher(Files.readString(Path.of("SERVER.md")));
        assertThat(quoted.find()).as("SERVER.md quotes the ready line").isTrue();

        Main defaults = new Main();
        try (ReferenceServer server =
                ReferenceServer.builder().dataDir(dir).grpcPort(0).httpPort(0).start()) {
            // the real line with this run's ports and directory put back to the standalone defaults
            String real = Main.readyLine(server)
                    .replace("grpc=127.0.0.1:" + server.grpcPort() + " ", "grpc=127.0.0.1:" + defaults.grpcPort + " ")
                    .replace("http=127.0.0.1:" + server.httpPort() + " ", "http=127.0.0.1:" + defaults.httpPort + " ")
                    .replace("data=" + dir, "data=" + defaults.dataDir);
            assertThat(quoted.group()).isEqualTo(real);
            assertThat(server.grpcUri().getScheme()).isEqualTo("grpc");
        }
    }

    @Test
    void theWorkedExampleOfAddingAnRpcQuotesTheDeclarationAsTheCodeHasIt() throws IOException {
        String page = Files.readString(Path.of("../docs/contributing/adding-an-rpc.md"));
        Matcher quoted = Pattern.compile("(?m)^(status\\(getReleasePartitionsMethod\\(\\).*)$")
                .matcher(page);
        assertThat(quoted.find())
                .as("adding-an-rpc.md quotes the ReleasePartitions declaration")
                .isTrue();
        assertThat(Files.readString(Path.of("src/main/java/io/partita/server/grpc/PartitionRpcs.java")))
                .contains(quoted.group(1));
    }

    @Test
    void theEmbeddedExampleShowsTheUriSchemeTheServerReturns() throws IOException {
        assertThat(Files.readString(Path.of("SERVER.md")))
                .contains("server.grpcUri();          // grpc://127.0.0.1:<port>")
                .doesNotContain("not served yet")
                .doesNotContain("http=off");
    }

    private static List<String> backticked(String note) throws IOException {
        List<String> out = new ArrayList<>();
        Matcher m = BACKTICKED.matcher(Files.readString(Path.of(note)));
        while (m.find()) {
            out.add(m.group(1).strip());
        }
        return out;
    }

    /** True when the token names something that exists, or is not a code name at all (paths, flags, text). */
    private static boolean resolves(String token) {
        if (FILE.matcher(token).matches()) {
            return true;
        }
        Matcher q = QUALIFIED.matcher(token);
        if (q.matches()) {
            return classOrPackageExists(token);
        }
        Matcher member = MEMBER.matcher(token);
        if (member.matches()) {
            return serverClasses(member.group(1)).stream().anyMatch(c -> hasMember(c, member.group(2)));
        }
        if (UPPER_CAMEL.matcher(token).matches()) {
            return OUTSIDE.contains(token)
                    || !serverClasses(token).isEmpty()
                    || isRpc(token)
                    || isErrorCode(token)
                    || wireClass(token) != null;
        }
        Matcher method = METHOD.matcher(token);
        if (method.matches()) {
            String name = token.contains("(") ? token.substring(0, token.indexOf('(')) : token;
            return SUBJECTS.stream().anyMatch(c -> hasMember(c, name));
        }
        return true;
    }

    private static boolean classOrPackageExists(String name) {
        try {
            Class.forName(name);
            return true;
        } catch (ClassNotFoundException e) {
            return Files.isDirectory(Path.of("src/main/java", name.replace('.', '/')));
        }
    }

    /** The main classes of the server with this simple name (nested classes by their own simple name). */
    private static List<Class<?>> serverClasses(String simpleName) {
        List<Class<?>> found = new ArrayList<>();
        try (var files = Files.walk(Path.of("src/main/java/io/partita/server"))) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String file = p.getFileName().toString();
                if (!file.endsWith(".java")) {
                    continue;
                }
                String pkg = Path.of("src/main/java")
                        .relativize(p.getParent())
                        .toString()
                        .replace('/', '.');
                Class<?> top = load(pkg + "." + file.substring(0, file.length() - 5));
                if (top == null) {
                    continue;
                }
                if (top.getSimpleName().equals(simpleName)) {
                    found.add(top);
                }
                for (Class<?> nested : top.getDeclaredClasses()) {
                    if (nested.getSimpleName().equals(simpleName)) {
                        found.add(nested);
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return found;
    }

    private static Class<?> wireClass(String simpleName) {
        return load("io.partita.wire." + simpleName);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, NotesDriftTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static boolean isRpc(String name) {
        return MilvusServiceGrpc.getServiceDescriptor().getMethods().stream()
                .anyMatch(m -> m.getBareMethodName().equals(name));
    }

    private static boolean isErrorCode(String name) {
        return Arrays.stream(ErrorCode.values()).anyMatch(c -> c.name().equals(name));
    }

    private static boolean hasMember(Class<?> c, String name) {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            for (Method m : k.getDeclaredMethods()) {
                if (m.getName().equals(name)) {
                    return true;
                }
            }
            for (Field f : k.getDeclaredFields()) {
                if (f.getName().equals(name)) {
                    return true;
                }
            }
        }
        for (Class<?> i : c.getInterfaces()) {
            if (hasMember(i, name)) {
                return true;
            }
        }
        return false;
    }
}
