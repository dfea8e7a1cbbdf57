/**
 * Params of the resource-group calls (Milvus 2.3+; configurations 2.4+), named as in
 * milvus-sdk-java's {@code io.milvus.param.resourcegroup}: create, drop, update, list, describe a
 * group, move query nodes and replicas between groups. Immutable; {@code build()} validates and
 * throws {@link io.partita.exception.ParamException} naming the bad field. Sent over gRPC (Milvus
 * 2.1's HTTP API has no route for them; the REST transport answers UNIMPLEMENTED).
 */
package io.partita.param.resourcegroup;
