/**
 * Params of the role-based access control calls (Milvus 2.2+), named as in milvus-sdk-java's
 * {@code io.milvus.param.role}: create and drop roles, bind users to roles, grant and revoke
 * privileges, select roles, users and grants; plus Partita's params of the calls the official V1
 * client lacks and {@code MilvusClientV2} sends (the 2.5 grant by level, privilege groups).
 * Immutable; {@code build()} validates and throws {@link io.partita.exception.ParamException}
 * naming the bad field. Sent over gRPC and RESTful v2 (Milvus 2.1's {@code /api/v1} has no route for
 * them; the REST transport answers UNIMPLEMENTED there).
 */
package io.partita.param.role;
