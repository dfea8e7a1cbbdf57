package io.partita.cli;

/** The check shared by the seed's option forms that also group milvus_cli 1.x's subcommands. */
final class Groups {
    private Groups() {}

    /** A seed form such as {@code release -c book} needs -c; without it, name both forms. */
    static void require(String collection, String command, String subcommands) {
        if (collection == null) {
            throw new UsageException("'" + command + "' needs -c/--collection-name NAME, or one of: " + subcommands
                    + " (e.g. '" + command + " partition -c book -p novel')");
        }
    }
}
