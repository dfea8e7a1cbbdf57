/**
 * Query and search iterators, milvus-sdk-java 2.6's {@code io.milvus.orm.iterator} under Partita's
 * names: one implementation each, shared by the V1 client ({@code MilvusClient.queryIterator},
 * {@code searchIterator}) and the V2 client ({@code MilvusClientV2.queryIterator},
 * {@code searchIterator}). An iterator pins the server's snapshot on its first call
 * ({@code session_ts}), so rows written later are not returned, and pages through the transport
 * seam with ordinary queries and searches, so it works over every transport. Not thread-safe: one
 * iterator serves one reader.
 */
package io.partita.orm.iterator;
