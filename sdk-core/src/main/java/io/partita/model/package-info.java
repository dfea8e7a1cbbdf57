/**
 * Plain immutable value types named like the {@code io.milvus.grpc} classes that 2.1 programs use
 * ({@code ShowPartitionsResponse}, {@code SearchResults}, {@code DataType}, ...), with the same
 * protobuf-style accessors ({@code getPartitionNamesList()}, {@code getStatus()}, ...). No protobuf:
 * transports build them with their {@code newBuilder()}.
 */
package io.partita.model;
