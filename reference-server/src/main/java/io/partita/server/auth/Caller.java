package io.partita.server.auth;

import io.grpc.Context;
import java.util.concurrent.Callable;

/**
 * The authenticated user of the call being served, carried in the gRPC {@link Context}: set by
 * {@link AuthInterceptor} on the gRPC port and by the HTTP port around its in-process call, read
 * by the privilege check. Absent when authentication is off.
 */
public final class Caller {
    private static final Context.Key<String> USER = Context.key("partita-user");

    private Caller() {}

    /** The authenticated user of the current call, or null when the server does not authenticate. */
    public static String current() {
        return USER.get();
    }

    /** The context of a call made by {@code user}. */
    static Context as(String user) {
        return Context.current().withValue(USER, user);
    }

    /** Runs {@code body} as a call made by {@code user} (the HTTP port's in-process calls). */
    public static <T> T callAs(String user, Callable<T> body) throws Exception {
        return as(user).call(body);
    }
}
