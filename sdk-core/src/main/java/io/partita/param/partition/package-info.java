/**
 * Parameters of the partition operations — create, drop, has, show, statistics, load, release —
 * with the names of the seed documentation (ReleasePartitionsParam.newBuilder()...build()). Immutable
 * and validated in build(); LoadPartitionsParam carries the shared sync-load settings.
 */
package io.partita.param.partition;
