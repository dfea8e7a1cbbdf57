package io.partita.cli;

import io.partita.model.DescribeAliasResponse;
import io.partita.param.alias.AlterAliasParam;
import io.partita.param.alias.CreateAliasParam;
import io.partita.param.alias.DescribeAliasParam;
import io.partita.param.alias.DropAliasParam;
import io.partita.param.collection.DescribeCollectionParam;
import io.partita.response.DescCollResponseWrapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * milvus_cli 1.x's alias commands: {@code create alias -c book -a NAME [-A]}, {@code list aliases
 * -c book}, {@code delete alias -a NAME}.
 */
final class AliasCommands {
    private AliasCommands() {}

    /** {@code create alias -c book -a NAME}; with {@code -A} it moves an existing alias to book. */
    @Command(name = "alias", description = "Give a collection an alias, or move an alias to it (-A).")
    static final class Create extends SessionCommand {
        @Option(
                names = {"-c", "--collection-name"},
                required = true,
                paramLabel = "NAME",
                description = "Name of the collection.")
        String collection;

        @Option(
                names = {"-a", "--alias-name"},
                required = true,
                paramLabel = "ALIAS",
                description = "The alias.")
        String alias;

        @Option(
                names = {"-A", "--alter"},
                description = "Move an existing alias to this collection.")
        boolean alter;

        @Override
        int run(Session session) {
            if (alter) {
                session.client()
                        .alterAlias(AlterAliasParam.newBuilder()
                                .withCollectionName(collection)
                                .withAlias(alias)
                                .build())
                        .orThrow();
                output().done("Alter alias " + alias + " to " + collection + " successfully!");
            } else {
                session.client()
                        .createAlias(CreateAliasParam.newBuilder()
                                .withCollectionName(collection)
                                .withAlias(alias)
                                .build())
                        .orThrow();
                output().done("Create alias " + alias + " of " + collection + " successfully!");
            }
            return ExitCodes.OK;
        }
    }

    /** {@code list aliases -c book}. */
    @Command(name = "aliases", description = "List the aliases of a collection.")
    static final class ListAliases extends SessionCommand {
        @Option(
                names = {"-c", "--collection-name"},
                required = true,
                paramLabel = "NAME",
                description = "Name of the collection.")
        String collection;

        @Override
        int run(Session session) {
            DescCollResponseWrapper d = new DescCollResponseWrapper(session.client()
                    .describeCollection(DescribeCollectionParam.newBuilder()
                            .withCollectionName(collection)
                            .build())
                    .orThrow());
            List<List<Object>> rows = new ArrayList<>();
            for (String alias : d.getAliases()) {
                rows.add(List.of(alias, collection));
            }
            output().table(List.of("alias", "collection"), rows);
            return ExitCodes.OK;
        }
    }

    /** {@code show alias -a NAME}: the collection an alias names (DescribeAlias; milvus_cli 1.x's form). */
    @Command(name = "alias", description = "Show the collection an alias names.")
    static final class Show extends SessionCommand {
        @Option(
                names = {"-a", "--alias-name"},
                required = true,
                paramLabel = "ALIAS",
                description = "The alias.")
        String alias;

        @Override
        int run(Session session) {
            DescribeAliasResponse d = session.client()
                    .describeAlias(
                            DescribeAliasParam.newBuilder().withAlias(alias).build())
                    .orThrow();
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("alias", d.getAlias());
            record.put("collection", d.getCollection());
            record.put("database", d.getDbName() == null || d.getDbName().isEmpty() ? "default" : d.getDbName());
            output().record(record);
            return ExitCodes.OK;
        }
    }

    /** {@code delete alias -a NAME}. */
    @Command(name = "alias", description = "Drop an alias.")
    static final class Delete extends SessionCommand {
        @Option(
                names = {"-a", "--alias-name"},
                required = true,
                paramLabel = "ALIAS",
                description = "The alias.")
        String alias;

        @Override
        int run(Session session) {
            session.client()
                    .dropAlias(DropAliasParam.newBuilder().withAlias(alias).build())
                    .orThrow();
            output().done("Drop alias " + alias + " successfully!");
            return ExitCodes.OK;
        }
    }
}
