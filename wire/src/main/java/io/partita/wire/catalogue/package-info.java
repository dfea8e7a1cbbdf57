/**
 * The RPC catalogue: the plain facts of each Milvus RPC that both the reference server and the
 * SDK need (its name, whether a resend is safe, its route on Milvus 2.1's HTTP API), kept in one
 * text file that both read, so neither restates them. Message types come from the generated
 * {@code MilvusServiceGrpc} descriptor, never from the file.
 */
package io.partita.wire.catalogue;
