/**
 * The client: {@link io.partita.client.MilvusClient} (the milvus-sdk-java 2.1 method set) and
 * its thread-safe implementation {@link io.partita.client.MilvusServiceClient}, which holds every
 * transport-neutral behaviour (sync-load waiting, deadlines, retries, error mapping).
 */
package io.partita.client;
