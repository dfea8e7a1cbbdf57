/**
 * The REST transport: the Transport seam over Milvus's 2.1 HTTP API with OkHttp (POST, DELETE, PATCH)
 * and the JDK's HttpClient (the GET routes that carry a JSON body), Gson for JSON. Brings no gRPC,
 * protobuf, Guava or Netty. Codecs only serialize: request shaping is sdk-core's. Found by
 * ServiceLoader for http:// and https:// URIs; thread-safe; the client closes it.
 */
package io.partita.rest;
