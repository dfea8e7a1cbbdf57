/**
 * Parameters of the control and introspection operations: metrics, replicas, query and persistent
 * segment info, flush state, compaction and its plans, load balance. Immutable and validated in
 * build() with a ParamException naming the field.
 */
package io.partita.param.control;
