/**
 * Requests of the index calls of {@link io.partita.v2.client.MilvusClientV2}: immutable values built with {@code XxxReq.builder()...build()}.
 */
package io.partita.v2.service.index.request;
