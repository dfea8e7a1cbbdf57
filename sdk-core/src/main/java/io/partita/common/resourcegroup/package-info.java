/**
 * Resource-group configuration values, named as in milvus-sdk-java's
 * {@code io.milvus.common.resourcegroup}: the node requests and limits of a group, the groups it
 * takes nodes from and gives them to, and a query node's identity. Immutable and thread-safe; shared
 * by the V1 params of {@code io.partita.param.resourcegroup}, the V1 answer
 * {@code io.partita.model.ResourceGroup} and the V2 requests and answers of
 * {@code io.partita.v2.service.resourcegroup}.
 */
package io.partita.common.resourcegroup;
