/**
 * Answers of the data calls of {@link io.partita.v2.client.MilvusClientV2}; immutable.
 */
package io.partita.v2.service.vector.response;
