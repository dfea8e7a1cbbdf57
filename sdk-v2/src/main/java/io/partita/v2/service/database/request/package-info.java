/**
 * Requests of the database calls of {@link io.partita.v2.client.MilvusClientV2}, sent over sdk-core's database operations.
 */
package io.partita.v2.service.database.request;
