/**
 * Parameters of the collection operations (create with FieldType schemas, describe, drop, has, load,
 * release, show, statistics, flush, load state and progress), with the official names and defaults.
 * Immutable and validated in build(); LoadCollectionParam shares its sync-load settings with
 * LoadPartitionsParam.
 */
package io.partita.param.collection;
