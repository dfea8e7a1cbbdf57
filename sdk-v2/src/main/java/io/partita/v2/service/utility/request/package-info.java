/**
 * Requests of the utility calls (flush, aliases) of {@link io.partita.v2.client.MilvusClientV2}.
 */
package io.partita.v2.service.utility.request;
