/**
 * The interop column of the official milvus-sdk-java 2.1.0 MilvusServiceClient: the seed's
 * ReleasePartitionsParam form, run against the reference server and real Milvus by interop/run.sh.
 * Not published.
 */
package io.partita.interop.clients.java21;
