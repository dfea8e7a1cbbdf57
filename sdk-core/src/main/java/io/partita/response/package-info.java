/**
 * Readers over response values, with the official wrapper names and accessors
 * ({@code ShowPartResponseWrapper}, {@code SearchResultsWrapper}, ...). Immutable.
 */
package io.partita.response;
