package io.partita.param.collection;

/**
 * Lists the databases the caller may see. Partita's handle of ListDatabases, which carries no
 * field; {@code MilvusClient.listDatabases()} takes none, as in the official SDK.
 *
 * <p>Immutable and thread-safe.
 */
public final class ListDatabasesParam {
    /** The one instance: the request has no field. */
    public static final ListDatabasesParam INSTANCE = new ListDatabasesParam();

    private ListDatabasesParam() {}

    @Override
    public String toString() {
        return "ListDatabasesParam{}";
    }
}
