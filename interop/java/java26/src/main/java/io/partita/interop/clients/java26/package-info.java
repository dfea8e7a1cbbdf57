/**
 * The interop column of the official milvus-sdk-java 2.6.22 MilvusClientV2: today's
 * ReleasePartitionsReq form, run against the reference server and real Milvus by interop/run.sh. Not
 * published.
 */
package io.partita.interop.clients.java26;
