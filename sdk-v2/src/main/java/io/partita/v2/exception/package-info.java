/**
 * The one exception the V2 API throws, {@link io.partita.v2.exception.MilvusClientException}, with
 * its {@link io.partita.v2.exception.ErrorCode} family. Every V2 call either returns its value or
 * throws it; nothing is reported through a status value that could be ignored.
 */
package io.partita.v2.exception;
