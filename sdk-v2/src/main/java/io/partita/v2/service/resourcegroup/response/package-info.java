/**
 * The answers of {@code MilvusClientV2}'s resource-group calls, named as in milvus-sdk-java 2.6's
 * {@code io.milvus.v2.service.resourcegroup.response}: immutable values built by the client from the
 * server's answer.
 */
package io.partita.v2.service.resourcegroup.response;
