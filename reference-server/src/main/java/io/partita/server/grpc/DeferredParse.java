package io.partita.server.grpc;

import io.grpc.MethodDescriptor.Marshaller;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request marshaller that never throws: bytes that are not a valid protobuf message become a
 * {@link Parsed} carrying the reason, so the call handler can close the call with
 * {@code INVALID_ARGUMENT} (the generated marshaller's exception would otherwise surface inside
 * grpc's server as {@code UNKNOWN}, with a SEVERE stack trace per call).
 */
final class DeferredParse {
    private DeferredParse() {}

    /**
     * A parsed request, or why it could not be parsed.
     *
     * @param message the request; null when parsing failed
     * @param failure "invalid protobuf for Rpc: why"; null when parsing succeeded
     */
    record Parsed<Q>(Q message, String failure, long chargedBytes, boolean overBudget) {
        Parsed(Q message, String failure) {
            this(message, failure, 0, false);
        }
    }

    /**
     * @param budget charged with each request's serialized size before it is parsed; a request
     *     that does not fit is not parsed and comes back {@link Parsed#overBudget()}
     */
    static <Q> Marshaller<Parsed<Q>> marshaller(String rpc, Marshaller<Q> real, RequestBudget budget) {
        return new Marshaller<>() {
            @Override
            public InputStream stream(Parsed<Q> value) {
                return real.stream(value.message());
            }

            @Override
            public Parsed<Q> parse(InputStream stream) {
                long size = size(stream);
                if (!budget.tryCharge(size)) {
                    return new Parsed<>(null, null, size, true);
                }
                try {
                    return new Parsed<>(real.parse(stream), null, size, false);
                } catch (RuntimeException e) {
                    budget.release(size);
                    return new Parsed<>(null, "invalid protobuf for " + rpc + ": " + rootMessage(e));
                }
            }
        };
    }

    /** The message's size: grpc-java hands the parser a stream of the whole, known-length message. */
    private static long size(InputStream stream) {
        try {
            return stream.available();
        } catch (IOException e) {
            return 0;
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    }
}
