package io.partita.rest;

/** HTTP methods of the Milvus 2.1 HTTP API's routes, named as the codecs use them. */
final class Routes {
    static final String GET = "GET";
    static final String POST = "POST";
    static final String DELETE = "DELETE";
    static final String PATCH = "PATCH";

    private Routes() {}
}
