/**
 * Requests of the collection calls of {@link io.partita.v2.client.MilvusClientV2}: immutable values built with {@code XxxReq.builder()...build()}, validated in {@code build()}.
 */
package io.partita.v2.service.collection.request;
