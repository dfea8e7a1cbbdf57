/**
 * The server's ground floor: value types that every layer speaks — schemas and field types, requests
 * and results, load states, the profile name, {@link io.partita.server.model.EngineException} and its
 * {@link io.partita.server.model.ErrorCodes}. Nothing here imports another package of the server, so
 * storage, catalog, lifecycle, memory and search can use these types without pointing up into the
 * engine. Types here are immutable (records or enums) and hold no behaviour beyond validation of their
 * own fields.
 */
package io.partita.server.model;
