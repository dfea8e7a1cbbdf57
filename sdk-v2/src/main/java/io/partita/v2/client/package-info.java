/**
 * The V2 client: {@link io.partita.v2.client.MilvusClientV2} and its settings,
 * {@link io.partita.v2.client.ConnectConfig}, named as in milvus-sdk-java 2.6's
 * {@code io.milvus.v2.client}. The client is a thin layer over sdk-core's
 * {@link io.partita.client.MilvusServiceClient}: each V2 call turns its request into the 2.x Param,
 * makes the same call (same validation, sync-load waiting, retries and transport) and turns the
 * answer, or the failure, into the V2 value or a {@link io.partita.v2.exception.MilvusClientException}.
 */
package io.partita.v2.client;
