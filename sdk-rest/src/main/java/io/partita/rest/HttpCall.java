package io.partita.rest;

import com.google.gson.JsonObject;
import io.partita.transport.TransportException;

/** Sends one JSON request to a route of the Milvus HTTP API and returns the JSON answer of an HTTP 200. */
@FunctionalInterface
interface HttpCall {
    /**
     * @param method HTTP method of the route (GET routes carry a body too)
     * @param path path below {@code /api/v1}, e.g. {@code /partitions/load}
     * @param body the request message as JSON with the protocol's field names
     * @return the answer's JSON object
     * @throws TransportException when the answer is not an HTTP 200 with a JSON object
     */
    JsonObject send(String method, String path, JsonObject body) throws TransportException;
}
