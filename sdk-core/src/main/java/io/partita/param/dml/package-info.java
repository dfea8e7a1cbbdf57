/**
 * Parameters of the data operations — insert, delete, search, query, calc distance — under the
 * names milvus-sdk-java users know. Immutable; build() validates and throws ParamException naming the
 * field and the bad value; lists are copied in and handed out unmodifiable.
 */
package io.partita.param.dml;
