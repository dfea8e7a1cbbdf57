/**
 * Milvus boolean filter expressions ({@code expr} of Query, Search and Delete) over scalar
 * fields: an ANTLR grammar ({@code FilterExpr.g4}), a compiler from parse tree to a tree of small
 * immutable evaluators, and {@link io.partita.server.expr.FilterExpressions} as the entry point.
 *
 * <p>Accepted beyond what Milvus 2.1-2.3 accepts, so that no valid Milvus expression is refused:
 * {@code not} binds looser than comparisons ({@code not x > 1} means {@code not (x > 1)}; in
 * Milvus {@code not} applies to {@code x}, and only boolean {@code x} is legal there, where both
 * readings agree), integer fields compare with floating literals by exact value, arithmetic may
 * combine fields, and LIKE takes any pattern. Not supported: JSON and array fields, bitwise
 * operators, {@code exists}, function calls.
 *
 * <p>Everything public here is immutable and thread-safe; the generated parser classes are an
 * implementation detail.
 */
package io.partita.server.expr;
