package io.partita.cli;

import java.util.List;
import org.jline.reader.EOFError;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;

/**
 * Splits a shell line into words with JLine's parser (the one the terminal shell already reads
 * with): spaces separate words; '…' and "…" quote; a backslash escapes the next character.
 */
final class Words {
    private Words() {}

    static List<String> split(String line) {
        DefaultParser parser = new DefaultParser();
        parser.setEofOnUnclosedQuote(true);
        try {
            return parser.parse(line, line.length(), Parser.ParseContext.ACCEPT_LINE)
                    .words();
        } catch (EOFError e) {
            String quote = "dquote".equals(e.getMissing()) ? "\"" : "'";
            throw new UsageException("unclosed " + quote + " quote in: " + line);
        }
    }
}
