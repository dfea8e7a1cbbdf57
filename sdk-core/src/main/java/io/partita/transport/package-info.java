/**
 * The transport SPI: a generic {@link io.partita.transport.Transport}, one
 * {@link io.partita.transport.Operation} descriptor per RPC in {@link io.partita.transport.Operations},
 * one failure vocabulary ({@link io.partita.transport.TransportFailure}) and discovery by URI scheme
 * through {@link io.partita.transport.TransportProvider}. See {@code sdk-core/SEAM.md}.
 */
package io.partita.transport;
