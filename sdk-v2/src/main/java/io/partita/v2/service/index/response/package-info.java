/**
 * Answers of the index calls of {@link io.partita.v2.client.MilvusClientV2}; immutable.
 */
package io.partita.v2.service.index.response;
