package io.partita.rest;

/**
 * HTTP methods as the RPC catalogue writes them. Only {@code GET} needs a name here: its routes
 * carry a JSON body, so they go through another HTTP client ({@link ExchangeByMethod}).
 */
final class Routes {
    static final String GET = "GET";

    private Routes() {}
}
