/**
 * Query values of a {@link io.partita.v2.service.vector.request.SearchReq}: float, binary,
 * float16, bfloat16, int8 and sparse vectors, and text ({@link
 * io.partita.v2.service.vector.request.data.EmbeddedText}) for a BM25 function's output field.
 * One search takes values of one kind.
 */
package io.partita.v2.service.vector.request.data;
