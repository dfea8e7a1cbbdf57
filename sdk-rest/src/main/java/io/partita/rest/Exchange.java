package io.partita.rest;

import io.partita.transport.TransportException;
import java.time.Duration;

/**
 * Sends one HTTP request with a JSON body to a route of the Milvus HTTP API and returns the
 * answer's status and text, read up to the transport's size limit. One implementation per HTTP
 * client ({@link OkHttpExchange}, {@link JdkBodyGetExchange}); {@link ExchangeByMethod} picks one
 * by the route's method. Implementations are thread-safe.
 */
interface Exchange extends AutoCloseable {
    /**
     * @param rpc the operation's name, for error messages
     * @param method the route's HTTP method ({@link Routes})
     * @param path the route below {@code /api/v1}, e.g. {@code /partitions/load}
     * @param jsonBody the request message as UTF-8 JSON
     * @param deadline the whole exchange's limit, {@code null} for none
     * @return the answer's HTTP status and text (any status)
     * @throws TransportException when no complete answer arrived, mapped by {@link RestErrors};
     *     RESOURCE_EXHAUSTED when the answer exceeds the size limit
     */
    Reply send(String rpc, String method, String path, byte[] jsonBody, Duration deadline) throws TransportException;

    /** Releases connections and threads. Idempotent; exchanges in flight may finish. */
    @Override
    void close();

    /** An answer: its HTTP status and its body as text. */
    final class Reply {
        final int status;
        final String text;

        Reply(int status, String text) {
            this.status = status;
            this.text = text;
        }
    }
}
