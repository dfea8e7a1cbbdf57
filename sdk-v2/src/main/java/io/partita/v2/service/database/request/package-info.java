/**
 * Requests of the database calls of {@link io.partita.v2.client.MilvusClientV2}. The builders exist so that code using them compiles; see the client for which calls reach the server.
 */
package io.partita.v2.service.database.request;
