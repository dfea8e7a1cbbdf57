/**
 * The gRPC transport: the Transport seam over gRPC-java speaking the Milvus wire protocol (the
 * generated classes of partita-wire), with TLS one-way and mutual, auth and database metadata,
 * keep-alive and deadlines. Codecs only serialize: request shaping is sdk-core's. Found by
 * ServiceLoader for grpc:// and grpcs:// URIs; thread-safe; the client closes it.
 */
package io.partita.grpc;
