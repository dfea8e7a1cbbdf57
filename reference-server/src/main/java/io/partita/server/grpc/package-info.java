/**
 * The gRPC face of the server ({@code milvus.proto.milvus.MilvusService}): one declaration per RPC
 * ({@link io.partita.server.grpc.ServerRpc}) in its area class ({@code CollectionRpcs},
 * {@code PartitionRpcs}, ...), from which the service definition, the failure answers, the
 * default-database check and the HTTP route table are derived. It only translates wire messages
 * to one {@link io.partita.server.engine.Engine} call and back; rules live in the engine. It may
 * import the engine, auth and model packages, never http or anything inside the engine.
 */
package io.partita.server.grpc;
