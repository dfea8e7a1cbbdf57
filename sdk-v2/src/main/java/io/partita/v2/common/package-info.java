/**
 * Values shared by the V2 requests and responses: {@link io.partita.v2.common.DataType},
 * {@link io.partita.v2.common.IndexParam} (with its metric and index type enums) and
 * {@link io.partita.v2.common.ConsistencyLevel}, named as in milvus-sdk-java 2.6's {@code io.milvus.v2.common}.
 */
package io.partita.v2.common;
