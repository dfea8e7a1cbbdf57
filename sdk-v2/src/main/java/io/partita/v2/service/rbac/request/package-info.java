/**
 * Requests of the RBAC calls of {@link io.partita.v2.client.MilvusClientV2}, named as in
 * milvus-sdk-java 2.6's {@code io.milvus.v2.service.rbac.request} and sent over sdk-core's role and
 * credential operations (the ones {@code MilvusServiceClient.createRole}, {@code createCredential}
 * and the others send).
 */
package io.partita.v2.service.rbac.request;
