/**
 * Not API: helpers shared by the V2 packages (argument checks, conversions between the V2 values
 * and sdk-core's Params and responses). Public only because Java has no friend packages; may change
 * in any release.
 */
package io.partita.v2.internal;
