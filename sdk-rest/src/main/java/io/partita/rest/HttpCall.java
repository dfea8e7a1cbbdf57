package io.partita.rest;

import com.google.gson.JsonObject;
import io.partita.transport.Operation;
import io.partita.transport.TransportException;

/**
 * Sends one JSON request to a route of the Milvus HTTP API and returns the JSON answer of an HTTP
 * 200. Routes (method and path below {@code /api/v1}) are the operations' own, read from the RPC
 * catalogue ({@link Operation#getHttpMethod()}, {@link Operation#getHttpPath()}), so a codec names
 * no route.
 */
interface HttpCall {
    /**
     * Sends to the route of the operation being called.
     *
     * @param body the request message as JSON with the protocol's field names
     * @return the answer's JSON object
     * @throws TransportException when the answer is not an HTTP 200 with a JSON object
     */
    JsonObject send(JsonObject body) throws TransportException;

    /**
     * Sends to another operation's route, for a codec that needs a second call (GetReplicas
     * describes the collection first).
     */
    JsonObject sendTo(Operation<?, ?> other, JsonObject body) throws TransportException;

    /**
     * Posts to a RESTful v2 route ({@code /v2/vectordb/...}): those routes are not the 2.1 API's and
     * so not in the RPC catalogue; their codecs name them ({@link V2Codecs}).
     */
    JsonObject post(String v2Path, JsonObject body) throws TransportException;
}
