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
 * The reference server has one database, {@code default}; an empty name means it too. Clients
 * name a database in the request's {@code db_name} field or, like pymilvus and milvus-sdk-go, in
 * the {@code dbname} metadata header; {@link #INTERCEPTOR} carries the header to {@link #check}.
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

    /** Refuses any database but the default one, named in the request field or else in the header. */
    static void check(String dbName) {
        String db = dbName.isEmpty() ? FROM_HEADER.get() : dbName;
        if (db != null && !db.isEmpty() && !DEFAULT.equals(db)) {
            throw EngineException.of(
                    ErrorCodes.UNEXPECTED_ERROR, CODE_DATABASE_NOT_FOUND, "database not found[database=" + db + "]");
        }
    }
}
