package io.partita.rest;

import io.partita.transport.TransportException;
import java.time.Duration;

/**
 * Routes each exchange to the HTTP client that can carry its method: the Milvus 2.1 HTTP API's
 * GET routes read a JSON body, which OkHttp refuses to send with GET, so they go through the
 * JDK's HTTP client as a real {@code GET} with the body; every other method goes through OkHttp.
 * Owns both and closes both.
 */
final class ExchangeByMethod implements Exchange {
    private final Exchange bodyGet;
    private final Exchange other;

    ExchangeByMethod(Exchange bodyGet, Exchange other) {
        this.bodyGet = bodyGet;
        this.other = other;
    }

    @Override
    public Reply send(String rpc, String method, String path, byte[] jsonBody, Duration deadline)
            throws TransportException {
        return (Routes.GET.equals(method) ? bodyGet : other).send(rpc, method, path, jsonBody, deadline);
    }

    @Override
    public void close() {
        try {
            other.close();
        } finally {
            bodyGet.close();
        }
    }
}
