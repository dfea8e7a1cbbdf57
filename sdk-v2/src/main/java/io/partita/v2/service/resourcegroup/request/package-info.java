/**
 * Requests of the resource-group calls of {@link io.partita.v2.client.MilvusClientV2}, named as in
 * milvus-sdk-java 2.6's {@code io.milvus.v2.service.resourcegroup.request} and sent over sdk-core's
 * resource-group operations (the ones {@code MilvusServiceClient.createResourceGroup} and the
 * others send).
 */
package io.partita.v2.service.resourcegroup.request;
