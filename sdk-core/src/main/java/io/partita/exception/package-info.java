/**
 * The SDK's unchecked exceptions. {@link io.partita.exception.MilvusServerException}: the server
 * answered with an error. {@link io.partita.exception.MilvusTransportException}: no usable answer.
 * {@link io.partita.exception.ParamException}: a parameter was rejected before sending.
 */
package io.partita.exception;
