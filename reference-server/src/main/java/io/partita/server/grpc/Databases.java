package io.partita.server.grpc;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.partita.server.model.EngineException;
import io.partita.server.model.ErrorCodes;

/**
 * The database a call runs in: {@code default} unless the request's {@code db_name} field or,
 * like pymilvus and milvus-sdk-go send it, the {@code dbname} metadata header names another one;
 * {@link #INTERCEPTOR} carries the header to {@link #effective}. Which databases exist is the
 * engine's to say (see {@code ServerRpc#inDatabases}).
 */
final class Databases {
    static final String DEFAULT = "default";
    /** Milvus's 2.3+ code for an unknown database. */
    static final int CODE_DATABASE_NOT_FOUND = 800;

    private static final Metadata.Key<String> HEADER = Metadata.Key.of("dbname", Metadata.ASCII_STRING_MARSHALLER);
    private static final Context.Key<String> FROM_HEADER = Context.key("partita-dbname");

    /** Puts the {@code dbname} header, if any, where {@link #check} finds it. */
    static final ServerInterceptor INTERCEPTOR = new ServerInterceptor() {
        @Override
        public <Q, A> ServerCall.Listener<Q> interceptCall(
                ServerCall<Q, A> call, Metadata headers, ServerCallHandler<Q, A> next) {
            String db = headers.get(HEADER);
            if (db == null || db.isEmpty()) {
                return next.startCall(call, headers);
            }
            return Contexts.interceptCall(Context.current().withValue(FROM_HEADER, db), call, headers, next);
        }
    };

    private Databases() {}

    /** The database a call runs in: the request's field, else the {@code dbname} header, else {@code default}. */
    static String effective(String dbName) {
        String db = dbName.isEmpty() ? FROM_HEADER.get() : dbName;
        return db == null || db.isEmpty() ? DEFAULT : db;
    }

    /** @return the {@code dbname} header of the call, or {@code null} when it sent none */
    static String header() {
        String db = FROM_HEADER.get();
        return db == null || db.isEmpty() ? null : db;
    }

    static boolean isDefault(String db) {
        return DEFAULT.equals(db);
    }

    /** Code 800 {@code database not found[database=%s]}. */
    static EngineException notFound(String db) {
        return EngineException.of(
                ErrorCodes.UNEXPECTED_ERROR, CODE_DATABASE_NOT_FOUND, "database not found[database=" + db + "]");
    }
}
