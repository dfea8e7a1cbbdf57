package io.partita.cli;

import io.partita.param.dml.DeleteParam;
import io.partita.response.MutationResultWrapper;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * milvus_cli 1.x's {@code delete} group: {@code delete collection -c book [-y]}, {@code delete
 * partition -c book -p novel}, {@code delete index}, {@code delete alias}, {@code delete user} and
 * {@code delete entities -c book [-p novel]}. Like milvus_cli, deleting a collection or entities
 * asks "Do you want to continue?" unless {@code -y} is given; on a one-shot command line, where
 * nobody can answer, {@code -y} is required. The seed's {@code drop} group stays as it was.
 */
@Command(
        name = "delete",
        description = "Delete a collection, partition, index, alias, user or entities.",
        subcommands = {
            DeleteCommand.Collection.class,
            DropCommand.Partition.class,
            IndexCommands.DeleteIndex.class,
            AliasCommands.Delete.class,
            UserCommands.Delete.class,
            DeleteCommand.Entities.class,
            DataCommands.DeleteIds.class,
            DatabaseCommands.Delete.class,
            ResourceGroupCommands.Delete.class,
            CollectionPropertyCommands.Delete.class,
            RoleCommands.Delete.class,
            PrivilegeGroupCommands.Delete.class
        })
final class DeleteCommand extends GroupCommand {

    /** {@code delete collection -c book [-y]}. */
    @Command(name = "collection", description = "Drop a collection and its data (asks first unless -y).")
    static final class Collection extends SessionCommand {
        @Option(
                names = {"-c", "--collection-name"},
                required = true,
                paramLabel = "NAME",
                description = "Name of the collection.")
        String collection;

        @Option(
                names = {"-y", "--yes"},
                description = "Do not ask for confirmation.")
        boolean yes;

        @Override
        int run(Session session) {
            if (!confirmed(
                    this,
                    session,
                    yes,
                    "Warning! You are trying to delete the collection with data. This action cannot be undone!")) {
                return ExitCodes.OK;
            }
            return DropCommand.Collection.drop(this, session, collection);
        }
    }

    /**
     * milvus_cli's confirmation before a drop: true when {@code yes} was given or the user answers
     * yes; otherwise prints "Nothing deleted." and returns false.
     */
    static boolean confirmed(SessionCommand command, Session session, boolean yes, String warning) {
        if (yes) {
            return true;
        }
        command.output().err().println(warning);
        if (session.confirm("Do you want to continue?")) {
            return true;
        }
        command.output().done("Nothing deleted.");
        return false;
    }

    /** {@code delete entities -c book [-p novel] [-e EXPR] [-y]}: asks for the expression when missing. */
    @Command(name = "entities", description = "Delete the entities an expression selects (asks first unless -y).")
    static final class Entities extends SessionCommand {
        @Option(
                names = {"-c", "--collection-name"},
                required = true,
                paramLabel = "NAME",
                description = "Name of the collection.")
        String collection;

        @Option(
                names = {"-p", "--partition"},
                paramLabel = "NAME",
                description = "Only in this partition.")
        String partition;

        @Option(
                names = {"-e", "--expr"},
                paramLabel = "EXPR",
                description = "Which entities, e.g. \"book_id in [0, 1]\" (asked for when missing).")
        String expr;

        @Option(
                names = {"-y", "--yes"},
                description = "Do not ask for confirmation.")
        boolean yes;

        @Override
        int run(Session session) {
            String filter = expr != null
                    ? expr
                    : session.ask(
                            "The expression to specify entities to be deleted, such as \"film_id in [ 0, 1 ]\"",
                            null,
                            "-e/--expr");
            if (!yes) {
                output().err()
                        .println("You are trying to delete the entities of collection. This action cannot be undone!");
                if (!session.confirm("Do you want to continue?")) {
                    output().done("Nothing deleted.");
                    return ExitCodes.OK;
                }
            }
            DeleteParam.Builder b =
                    DeleteParam.newBuilder().withCollectionName(collection).withExpr(filter);
            if (partition != null) {
                b.withPartitionName(partition);
            }
            MutationResultWrapper result =
                    new MutationResultWrapper(session.client().delete(b.build()).orThrow());
            output().done(
                            "Deleted " + result.getDeleteCount() + " entities of " + collection,
                            Map.of("delete_count", result.getDeleteCount()));
            return ExitCodes.OK;
        }
    }
}
