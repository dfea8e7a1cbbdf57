package io.partita.server.engine.core;

import io.partita.server.engine.DatabaseScope;
import io.partita.server.engine.Engine;
import io.partita.server.engine.EngineConfig;
import io.partita.server.memory.QueryNodes;
import io.partita.server.memory.ResourceGroups;
import io.partita.server.model.DatabaseInfo;
import io.partita.server.model.EngineException;
import io.partita.server.model.ErrorCodes;
import io.partita.server.model.ResourceGroupInfo;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Milvus's databases over one data directory: {@code default} is the engine over the directory
 * itself, every other database an engine over {@code databases/<name>/} (its catalog, data and
 * {@code database.properties}). All of them charge the same query nodes and place replicas on
 * the same resource groups. {@link #open} returns one {@link Engine} that answers the database
 * calls itself and serves every other call in the engine of {@link DatabaseScope#current()}, so a
 * collection of one database is invisible from another.
 *
 * <p>Rules and texts read in milvus-io/milvus {@code internal/rootcoord/meta_table.go}
 * (CreateDatabase, CheckIfDatabaseDroppable: "can not drop default database", "database:%s not
 * empty, must drop all collections before drop database"), {@code internal/rootcoord/
 * create_db_task.go} (the 64-database limit), {@code internal/proxy/validate_util.go}
 * (ValidateDatabaseName) and {@code pkg/util/merr/errors.go} (codes 800-802). Thread-safe.
 */
public final class DatabaseEngines implements InvocationHandler {
    /** {@code rootCoord.maxDatabaseNum}'s default. */
    static final int MAX_DATABASES = 64;

    private static final String DIR = "databases";
    private static final String PROPERTIES = "database.properties";
    private static final int CODE_DATABASE_LIMIT = 801;
    private static final int CODE_DATABASE_INVALID_NAME = 802;

    private final EngineConfig config;
    private final QueryNodes nodes;
    private final ResourceGroups groups;
    private final Map<String, Database> databases = new LinkedHashMap<>();

    private record Database(DatabaseInfo info, Engine engine, Path dir) {}

    private DatabaseEngines(EngineConfig config) {
        this.config = config;
        this.nodes = new QueryNodes(config.queryNodeCount(), config.memoryLimitBytes());
        this.groups = new ResourceGroups(config.queryNodeCount());
    }

    /** Opens the default database over {@code config.dataDir()} and every database created before. */
    public static Engine open(EngineConfig config) {
        DatabaseEngines d = new DatabaseEngines(config);
        Engine def = LocalEngine.open(config, d.nodes, d.groups);
        try {
            Path props = config.dataDir().resolve(PROPERTIES);
            DatabaseInfo info =
                    Files.isRegularFile(props) ? read(props) : new DatabaseInfo(DatabaseScope.DEFAULT, 1, 0, Map.of());
            d.databases.put(DatabaseScope.DEFAULT, new Database(info, def, config.dataDir()));
            d.recover();
        } catch (IOException | RuntimeException e) {
            d.closeAll();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        return (Engine) Proxy.newProxyInstance(Engine.class.getClassLoader(), new Class<?>[] {Engine.class}, d);
    }

    private void recover() throws IOException {
        Path root = config.dataDir().resolve(DIR);
        if (!Files.isDirectory(root)) {
            return;
        }
        List<Database> found = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root)) {
            for (Path dir : ds) {
                Path props = dir.resolve(PROPERTIES);
                if (Files.isRegularFile(props)) {
                    DatabaseInfo info = read(props);
                    found.add(new Database(info, openEngine(dir), dir));
                }
            }
        }
        found.sort(Comparator.comparingLong(db -> db.info().id()));
        for (Database db : found) {
            databases.put(db.info().name(), db);
        }
    }

    private Engine openEngine(Path dir) {
        EngineConfig.Builder b = EngineConfig.builder(dir)
                .profile(config.profile())
                .queryNodeCount(config.queryNodeCount())
                .memoryLimitBytes(config.memoryLimitBytes())
                .searchThreads(config.searchThreads())
                .mmap(config.mmap())
                .autoCompaction(config.autoCompaction());
        return LocalEngine.open(b.build(), nodes, groups);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        Object[] a = args == null ? new Object[0] : args;
        switch (method.getName()) {
            case "createDatabase":
                create((String) a[0], cast(a[1]));
                return null;
            case "dropDatabase":
                drop((String) a[0]);
                return null;
            case "alterDatabase":
                alter((String) a[0], cast(a[1]), castList(a[2]));
                return null;
            case "listDatabases":
                return list();
            case "describeDatabase":
                return describe((String) a[0]);
            case "close":
                closeAll();
                return null;
            case "describeResourceGroup":
                return describeResourceGroup((String) a[0]);
            case "dropResourceGroup":
                dropResourceGroup((String) a[0]);
                return null;
            case "toString":
                return "DatabaseEngines" + names();
            case "hashCode":
                return System.identityHashCode(proxy);
            case "equals":
                return proxy == a[0];
            default:
                return call(target(method), method, a);
        }
    }

    /** Calls that are not about one database's collections go to the default database's engine. */
    private Engine target(Method method) {
        switch (method.getName()) {
            case "state":
            case "config":
            case "queryNodes":
            case "systemInfoJson":
            case "createResourceGroup":
            case "updateResourceGroups":
            case "transferNode":
            case "listResourceGroups":
                return engine(DatabaseScope.DEFAULT);
            default:
                return engine(DatabaseScope.current());
        }
    }

    private static Object call(Engine engine, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(engine, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private synchronized Engine engine(String db) {
        Database d = databases.get(db);
        if (d == null) {
            throw notFound(db);
        }
        return d.engine();
    }

    private synchronized List<String> names() {
        return List.copyOf(databases.keySet());
    }

    private static EngineException notFound(String db) {
        return EngineException.of(
                ErrorCodes.UNEXPECTED_ERROR, Engine.CODE_DATABASE_NOT_FOUND, "database not found[database=" + db + "]");
    }

    private static EngineException unexpected(String reason) {
        return EngineException.of(ErrorCodes.UNEXPECTED_ERROR, ErrorCodes.CODE_UNEXPECTED, reason);
    }

    /** The proxy's ValidateDatabaseName. */
    private static void checkName(String name) {
        String problem = null;
        if (name.isEmpty()) {
            problem = "database name couldn't be empty";
        } else if (name.length() > 255) {
            problem = "the length of a database name must be less than 255 characters";
        } else if (name.charAt(0) != '_' && !isAlpha(name.charAt(0))) {
            problem = "the first character of a database name must be an underscore or letter";
        } else {
            for (int i = 1; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c != '_' && !isAlpha(c) && !(c >= '0' && c <= '9')) {
                    problem = "database name can only contain numbers, letters and underscores";
                    break;
                }
            }
        }
        if (problem != null) {
            throw EngineException.of(
                    ErrorCodes.UNEXPECTED_ERROR,
                    CODE_DATABASE_INVALID_NAME,
                    problem + ": invalid database name[database=" + name + "]");
        }
    }

    private static boolean isAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private synchronized void create(String name, Map<String, String> properties) {
        checkName(name);
        if (databases.containsKey(name)) {
            throw unexpected("database already exist: " + name);
        }
        if (databases.size() > MAX_DATABASES) {
            throw EngineException.of(
                    ErrorCodes.UNEXPECTED_ERROR,
                    CODE_DATABASE_LIMIT,
                    "Failed to create database, limit={" + MAX_DATABASES + "}: exceeded the limit number of database");
        }
        long id = 1;
        for (Database d : databases.values()) {
            id = Math.max(id, d.info().id() + 1);
        }
        DatabaseInfo info = new DatabaseInfo(name, id, System.currentTimeMillis() << 18, properties);
        Path dir = config.dataDir().resolve(DIR).resolve(name);
        try {
            Files.createDirectories(dir);
            write(dir.resolve(PROPERTIES), info);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create database " + name, e);
        }
        databases.put(name, new Database(info, openEngine(dir), dir));
    }

    private synchronized void drop(String name) {
        if (DatabaseScope.DEFAULT.equals(name) || name.isEmpty()) {
            throw unexpected("can not drop default database");
        }
        Database d = databases.get(name);
        if (d == null) {
            return; // Milvus: dropping a missing database succeeds
        }
        if (!d.engine().showCollections(List.of(), false).isEmpty()) {
            throw unexpected("database:" + name + " not empty, must drop all collections before drop database");
        }
        databases.remove(name);
        d.engine().close();
        try (Stream<Path> files = Files.walk(d.dir())) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete database " + name, e);
        }
    }

    private synchronized void alter(String name, Map<String, String> set, List<String> deleteKeys) {
        Database d = databases.get(name.isEmpty() ? DatabaseScope.DEFAULT : name);
        if (d == null) {
            throw notFound(name);
        }
        Map<String, String> props = new TreeMap<>(d.info().properties());
        props.putAll(set);
        deleteKeys.forEach(props::remove);
        DatabaseInfo info =
                new DatabaseInfo(d.info().name(), d.info().id(), d.info().createdTimestamp(), props);
        try {
            Path file = DatabaseScope.DEFAULT.equals(info.name())
                    ? config.dataDir().resolve(PROPERTIES)
                    : d.dir().resolve(PROPERTIES);
            write(file, info);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot alter database " + name, e);
        }
        databases.put(info.name(), new Database(info, d.engine(), d.dir()));
    }

    private synchronized List<DatabaseInfo> list() {
        List<DatabaseInfo> out = new ArrayList<>();
        for (Database d : databases.values()) {
            out.add(d.info());
        }
        return out;
    }

    private synchronized DatabaseInfo describe(String name) {
        Database d = databases.get(name.isEmpty() ? DatabaseScope.DEFAULT : name);
        if (d == null) {
            throw notFound(name);
        }
        return d.info();
    }

    /** The group as the default engine describes it, with the replicas of every database. */
    private ResourceGroupInfo describeResourceGroup(String name) {
        ResourceGroupInfo base = engine(DatabaseScope.DEFAULT).describeResourceGroup(name);
        Map<String, Integer> loaded = new TreeMap<>(base.loadedReplicas());
        for (Database d : others()) {
            loaded.putAll(d.engine().describeResourceGroup(name).loadedReplicas());
        }
        return new ResourceGroupInfo(base.name(), base.capacity(), loaded, base.config(), base.nodeIds());
    }

    /** Refused while a replica of any database is loaded in the group. */
    private void dropResourceGroup(String name) {
        if (groups.contains(name)) {
            for (Database d : others()) {
                Map<String, Integer> loaded =
                        d.engine().describeResourceGroup(name).loadedReplicas();
                if (!loaded.isEmpty()) {
                    throw EngineException.of(
                            ErrorCodes.ILLEGAL_ARGUMENT,
                            ErrorCodes.CODE_PARAMETER_INVALID,
                            "some replicas still loaded in resource group[" + name + "], release it first: "
                                    + "invalid parameter[expected=empty resource group][actual=resource group "
                                    + name + " has collection "
                                    + loaded.keySet().iterator().next() + " loaded]");
                }
            }
        }
        engine(DatabaseScope.DEFAULT).dropResourceGroup(name);
    }

    private synchronized List<Database> others() {
        List<Database> out = new ArrayList<>(databases.values());
        out.removeIf(d -> DatabaseScope.DEFAULT.equals(d.info().name()));
        return out;
    }

    private synchronized void closeAll() {
        List<Database> all = new ArrayList<>(databases.values());
        java.util.Collections.reverse(all);
        for (Database d : all) {
            d.engine().close();
        }
    }

    private static DatabaseInfo read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        }
        Map<String, String> props = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("property.")) {
                props.put(key.substring("property.".length()), p.getProperty(key));
            }
        }
        return new DatabaseInfo(
                p.getProperty("name"),
                Long.parseLong(p.getProperty("id")),
                Long.parseLong(p.getProperty("created")),
                props);
    }

    private static void write(Path file, DatabaseInfo info) throws IOException {
        Properties p = new Properties();
        p.setProperty("name", info.name());
        p.setProperty("id", Long.toString(info.id()));
        p.setProperty("created", Long.toString(info.createdTimestamp()));
        info.properties().forEach((k, v) -> p.setProperty("property." + k, v));
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp)) {
            p.store(w, "Partita database");
        }
        Files.move(
                tmp,
                file,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> cast(Object o) {
        return o == null ? Map.of() : (Map<String, String>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object o) {
        return o == null ? List.of() : (List<String>) o;
    }
}
