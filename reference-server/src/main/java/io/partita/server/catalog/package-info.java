/**
 * The durable catalog: collection, partition, index and load metadata
 * ({@link io.partita.server.catalog.CatalogStore}, records in {@code CollectionMeta},
 * {@code PartitionMeta}, {@code IndexMeta}, {@code LoadRecord}) persisted with
 * {@code MetaCodec}. It stores and returns what it is given and decides nothing; it imports only
 * the model package.
 */
package io.partita.server.catalog;
