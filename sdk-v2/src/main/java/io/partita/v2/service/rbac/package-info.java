/**
 * Values shared by the RBAC requests and answers of {@link io.partita.v2.client.MilvusClientV2}:
 * {@link io.partita.v2.service.rbac.PrivilegeGroup}, named as in milvus-sdk-java 2.6's
 * {@code io.milvus.v2.service.rbac}. Immutable.
 */
package io.partita.v2.service.rbac;
