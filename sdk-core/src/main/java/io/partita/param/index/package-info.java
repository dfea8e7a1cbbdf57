/**
 * Parameters of the index operations (create, describe, drop, state, build progress), with the
 * official names and the IndexType and MetricType enums. Immutable and validated in build(); the
 * extra parameters are passed to the server as given.
 */
package io.partita.param.index;
