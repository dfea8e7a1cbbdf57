/**
 * Answers of the partition calls of {@link io.partita.v2.client.MilvusClientV2}; immutable.
 */
package io.partita.v2.service.partition.response;
