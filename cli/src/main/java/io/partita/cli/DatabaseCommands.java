package io.partita.cli;

import io.partita.model.ListDatabasesResponse;
import io.partita.param.collection.CreateDatabaseParam;
import io.partita.param.collection.DropDatabaseParam;
import io.partita.v2.service.database.request.AlterDatabasePropertiesReq;
import io.partita.v2.service.database.request.DescribeDatabaseReq;
import io.partita.v2.service.database.response.DescribeDatabaseResp;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * milvus_cli 1.x's database commands: {@code create database -db NAME}, {@code list databases},
 * {@code use database -db NAME}, {@code delete database -db NAME [-y]} (forms read in
 * zilliztech/milvus_cli {@code milvus_cli/scripts/database_cli.py}). The server serves them under
 * the milvus-2.3 and milvus-2.6 profiles (Milvus 2.2.9+); milvus-2.1 answers UNIMPLEMENTED.
 */
final class DatabaseCommands {
    private DatabaseCommands() {}

    /** {@code create database -db NAME}. */
    @Command(name = "database", description = "Create a database.")
    static final class Create extends SessionCommand {
        @Option(
                names = {"-db", "--db_name"},
                required = true,
                paramLabel = "NAME",
                description = "Name of the new database.")
        String name;

        @Override
        int run(Session session) {
            session.client()
                    .createDatabase(CreateDatabaseParam.newBuilder()
                            .withDatabaseName(name)
                            .build())
                    .orThrow();
            output().done("Create database " + name + " successfully!");
            return ExitCodes.OK;
        }
    }

    /** {@code list databases}: names and ids. */
    @Command(name = "databases", description = "List the databases.")
    static final class ListAll extends SessionCommand {
        @Override
        int run(Session session) {
            ListDatabasesResponse all = session.client().listDatabases().orThrow();
            List<List<Object>> rows = new ArrayList<>();
            for (int i = 0; i < all.getDbNamesCount(); i++) {
                rows.add(List.of(
                        all.getDbNamesList().get(i),
                        i < all.getDbIdsList().size() ? all.getDbIdsList().get(i) : ""));
            }
            output().table(List.of("database", "id"), rows);
            return ExitCodes.OK;
        }
    }

    /** {@code use database -db NAME}: the following commands of this session run in it. */
    @Command(name = "database", description = "Run the following commands of this session in a database.")
    static final class Use extends SessionCommand {
        @Option(
                names = {"-db", "--db_name"},
                required = true,
                paramLabel = "NAME",
                description = "Name of the database.")
        String name;

        @Override
        int run(Session session) {
            List<String> names = session.client().listDatabases().orThrow().getDbNamesList();
            if (!names.contains(name)) {
                throw new UsageException("database not found: " + name + " (list databases shows " + names + ")");
            }
            session.useDatabase(name);
            output().done("Using database " + name + ".");
            return ExitCodes.OK;
        }
    }

    /** {@code delete database -db NAME [-y]}. */
    @Command(name = "database", description = "Drop an empty database (asks first unless -y).")
    static final class Delete extends SessionCommand {
        @Option(
                names = {"-db", "--db_name"},
                required = true,
                paramLabel = "NAME",
                description = "Name of the database.")
        String name;

        @Option(
                names = {"-y", "--yes"},
                description = "Do not ask for confirmation.")
        boolean yes;

        @Override
        int run(Session session) {
            if (!DeleteCommand.confirmed(
                    this,
                    session,
                    yes,
                    "Warning! You are trying to delete the database. This action cannot be undone!")) {
                return ExitCodes.OK;
            }
            session.client()
                    .dropDatabase(DropDatabaseParam.newBuilder()
                            .withDatabaseName(name)
                            .build())
                    .orThrow();
            if (name.equals(session.database())) {
                session.useDatabase("default");
            }
            output().done("Drop database " + name + " successfully!");
            return ExitCodes.OK;
        }
    }

    /** {@code show database -db NAME}: its name and properties (Milvus 2.4+'s DescribeDatabase). */
    @Command(name = "database", description = "Show a database and its properties.")
    static final class Show extends SessionCommand {
        @Option(
                names = {"-db", "--db_name"},
                required = true,
                paramLabel = "NAME",
                description = "Name of the database.")
        String name;

        @Override
        int run(Session session) {
            DescribeDatabaseResp d = session.clientV2()
                    .describeDatabase(
                            DescribeDatabaseReq.builder().databaseName(name).build());
            List<List<Object>> rows = new ArrayList<>();
            rows.add(List.of("name", d.getDatabaseName()));
            new TreeMap<>(d.getProperties()).forEach((k, v) -> rows.add(List.of(k, v)));
            output().table(List.of("property", "value"), rows);
            return ExitCodes.OK;
        }
    }

    /** {@code alter database -db NAME [-k KEY -v VALUE]}: asks for the property and its value when not given. */
    @Command(name = "database", description = "Set a property of a database (e.g. database.replica.number).")
    static final class Alter extends SessionCommand {
        @Option(
                names = {"-db", "--db_name"},
                required = true,
                paramLabel = "NAME",
                description = "Name of the database.")
        String name;

        @Option(
                names = {"-k", "--key"},
                paramLabel = "KEY",
                description = "Property key (asked when missing).")
        String key;

        @Option(
                names = {"-v", "--value"},
                paramLabel = "VALUE",
                description = "Property value (asked when missing).")
        String value;

        @Override
        int run(Session session) {
            String k = key != null ? key : session.ask("Property key (e.g., database.replica.number)", null, "-k");
            String v = value != null ? value : session.ask("Property value for '" + k + "'", null, "-v");
            session.clientV2()
                    .alterDatabaseProperties(AlterDatabasePropertiesReq.builder()
                            .databaseName(name)
                            .property(k, v)
                            .build());
            output().done("Alter database " + name + " successfully!");
            return ExitCodes.OK;
        }
    }

    /** {@code use database}: the group. */
    @Command(
            name = "use",
            description = "Choose the database the following commands run in.",
            subcommands = {Use.class})
    static final class UseGroup extends GroupCommand {}
}
