package io.partita.server.expr;

import java.util.ArrayDeque;
import java.util.Deque;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Bounds how deep the evaluator tree of a parsed expression would be, before it is built. The
 * compiled evaluators call each other recursively when a row is tested, so a left-deep chain such
 * as {@code id + id + ... + 1 > 0} with 50,000 terms would overflow the stack of the thread
 * evaluating it; such an expression is refused here instead, by an iterative walk that cannot
 * overflow itself. {@code and}/{@code or} chains compile to one n-ary node and add one level
 * whatever their length, so long {@code id == 1 or id == 2 or ...} filters stay accepted.
 * Stateless.
 */
final class EvaluationDepth {
    /** Deepest evaluator tree accepted: far beyond hand-written filters, far below a thread's stack. */
    static final int MAX_DEPTH = 1000;

    private EvaluationDepth() {}

    /** @throws ExpressionException when the evaluator tree would be deeper than {@link #MAX_DEPTH} */
    static void check(FilterExprParser.FilterContext tree) {
        int depth = depth(tree);
        if (depth > MAX_DEPTH) {
            throw new ExpressionException(
                    "expression is nested too deeply: " + depth + " levels of operators, the limit is " + MAX_DEPTH, 0);
        }
    }

    /** The evaluator depth of {@code root}: per node, its own levels plus its deepest child's. */
    static int depth(ParseTree root) {
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(root));
        int result = 0;
        while (!stack.isEmpty()) {
            Frame f = stack.peek();
            if (f.next < f.node.getChildCount()) {
                stack.push(new Frame(f.node.getChild(f.next++)));
                continue;
            }
            stack.pop();
            int d = f.deepestChild + levels(f.node);
            if (stack.isEmpty()) {
                result = d;
            } else {
                Frame parent = stack.peek();
                parent.deepestChild = Math.max(parent.deepestChild, d);
            }
        }
        return result;
    }

    /** Evaluator levels a parse node adds on top of its children. */
    private static int levels(ParseTree node) {
        if (node instanceof FilterExprParser.AdditiveContext a) {
            return a.op.size();
        }
        if (node instanceof FilterExprParser.MultiplicativeContext m) {
            return m.op.size();
        }
        if (node instanceof FilterExprParser.PowerContext p) {
            return p.POW() == null ? 0 : 1;
        }
        if (node instanceof FilterExprParser.OrExprContext o) {
            return o.andExpr().size() > 1 ? 1 : 0;
        }
        if (node instanceof FilterExprParser.AndExprContext a) {
            return a.notExpr().size() > 1 ? 1 : 0;
        }
        if (node instanceof FilterExprParser.PredicateContext p) {
            return p.predicateSuffix() == null ? 0 : 1; // the comparison sits above its operands
        }
        if (node instanceof FilterExprParser.SignedUnaryContext || node instanceof FilterExprParser.NegationContext) {
            return 1;
        }
        return 0;
    }

    private static final class Frame {
        final ParseTree node;
        int next;
        int deepestChild;

        Frame(ParseTree node) {
            this.node = node;
        }
    }
}
