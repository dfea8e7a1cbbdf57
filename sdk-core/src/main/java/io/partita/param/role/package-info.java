/**
 * Params of the role-based access control calls (Milvus 2.2+), named as in milvus-sdk-java's
 * {@code io.milvus.param.role}: create and drop roles, bind users to roles, grant and revoke
 * privileges. Immutable; {@code build()} validates and throws
 * {@link io.partita.exception.ParamException} naming the bad field. Sent over gRPC (Milvus 2.1's
 * HTTP API has no route for them; the REST transport answers UNIMPLEMENTED).
 */
package io.partita.param.role;
