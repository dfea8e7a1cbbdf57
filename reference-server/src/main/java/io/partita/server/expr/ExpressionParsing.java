package io.partita.server.expr;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/** Runs the generated lexer and parser, turning the first syntax error into an {@link ExpressionException}. */
final class ExpressionParsing {
    /**
     * The longest expression parsed, in chars; a longer one is refused before the lexer sees it.
     * Milvus bounds an expression's nesting ({@code proxy.maxExpressionDepth}, milvus-io/milvus
     * internal/parser/planparserv2, "nesting depth") and otherwise only by the gRPC message size;
     * Partita's parser takes about 50 µs per boolean operator, so a million ORs (16 MB) would hold a
     * request thread for minutes: this limit keeps every accepted filter under a few seconds.
     */
    static final int MAX_LENGTH = 4 << 20;

    private ExpressionParsing() {}

    static FilterExprParser.FilterContext parse(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new ExpressionException("expression is empty", 0);
        }
        if (expression.length() > MAX_LENGTH) {
            throw new ExpressionException(
                    "expression is too long: " + expression.length() + " characters, the limit is " + MAX_LENGTH, 0);
        }
        FilterExprLexer lexer = new FilterExprLexer(CharStreams.fromString(expression));
        lexer.removeErrorListeners();
        FilterExprParser parser = new FilterExprParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(new FirstErrorThrows());
        return parser.filter();
    }

    private static final class FirstErrorThrows extends BaseErrorListener {
        @Override
        public void syntaxError(
                Recognizer<?, ?> recognizer,
                Object offendingSymbol,
                int line,
                int charPositionInLine,
                String msg,
                RecognitionException e) {
            if (!(offendingSymbol instanceof Token token)) {
                throw new ExpressionException(
                        "syntax error at column " + (charPositionInLine + 1) + ": " + msg, charPositionInLine + 1);
            }
            int column = ExpressionCompiler.column(token);
            if (token.getType() == Token.EOF) {
                throw new ExpressionException(
                        "syntax error at column " + column + ": unexpected end of expression", column);
            }
            if (token.getType() == FilterExprLexer.Unknown
                    && (token.getText().equals("\"") || token.getText().equals("'"))) {
                throw new ExpressionException(
                        "syntax error at column " + column + ": unterminated string literal", column);
            }
            throw new ExpressionException(
                    "syntax error at column " + column + ": unexpected '" + token.getText() + "'", column);
        }
    }
}
