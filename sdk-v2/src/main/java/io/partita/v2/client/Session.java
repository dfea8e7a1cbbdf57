package io.partita.v2.client;

import io.partita.client.MilvusClient;
import io.partita.v2.internal.Checks;

/**
 * The 2.x client a V2 call goes through and the database it is bound to. Every Partita call is
 * routed to the client's database (sdk-core's Params carry no database), so a request naming
 * another database is refused rather than silently sent to the wrong one.
 */
final class Session {
    final MilvusClient v1;
    final String dbName;

    Session(MilvusClient v1, String dbName) {
        this.v1 = v1;
        this.dbName = dbName;
    }

    /** @throws io.partita.v2.exception.MilvusClientException INVALID_PARAMS when {@code requested} names another database */
    void checkDatabase(String requested) {
        if (requested != null && !requested.isEmpty() && !requested.equals(dbName)) {
            throw Checks.invalid("databaseName '" + requested + "' differs from the client's database '" + dbName
                    + "'; Partita sends every call to the client's database: call useDatabase(\"" + requested
                    + "\") first");
        }
    }
}
