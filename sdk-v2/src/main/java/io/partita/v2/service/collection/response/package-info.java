/**
 * Answers of the collection calls of {@link io.partita.v2.client.MilvusClientV2}; immutable.
 */
package io.partita.v2.service.collection.response;
