/**
 * Answers of the RBAC calls of {@link io.partita.v2.client.MilvusClientV2} ({@code describeRole},
 * {@code describeUser}, {@code listPrivilegeGroups}), named as in milvus-sdk-java 2.6's
 * {@code io.milvus.v2.service.rbac.response}; immutable values made from sdk-core's
 * {@code SelectGrantResponse}, {@code SelectUserResponse} and {@code ListPrivilegeGroupsResponse}.
 */
package io.partita.v2.service.rbac.response;
