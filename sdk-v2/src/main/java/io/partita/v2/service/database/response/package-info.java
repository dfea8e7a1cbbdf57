/**
 * The answers of {@code MilvusClientV2}'s database calls, named as in milvus-sdk-java 2.6's
 * {@code io.milvus.v2.service.database.response}: immutable values built by the client from the
 * server's answer.
 */
package io.partita.v2.service.database.response;
