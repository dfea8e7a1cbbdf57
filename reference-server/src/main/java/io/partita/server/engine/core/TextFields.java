package io.partita.server.engine.core;

import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.model.DataType;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.text.Bm25;
import io.partita.server.text.TextAnalyzer;
import java.util.List;

/**
 * Full-text search's field rules: a VARCHAR field with {@code enable_analyzer} (or
 * {@code enable_match}) has an analyzer from its {@code analyzer_params}, checked when the
 * collection is created; a BM25 function's output field is filled on insert from its input field
 * ({@link #fill}) and never given by the client.
 */
final class TextFields {
    private TextFields() {}

    /** Refuses analyzer params Partita cannot build, naming the field. */
    static void checkSchema(LifecycleProfile profile, FieldSchema f) {
        boolean analyzed = f.flag(FieldSchema.ENABLE_ANALYZER) || f.flag(FieldSchema.ENABLE_MATCH);
        if (!analyzed && !f.typeParams().containsKey(FieldSchema.ANALYZER_PARAMS)) {
            return;
        }
        if (f.dataType() != DataType.VARCHAR) {
            throw profile.invalidParameter("field " + f.name() + " is not a VARCHAR field: only VARCHAR fields can"
                    + " enable analyzer or match");
        }
        analyzer(profile, f);
    }

    /** The field's analyzer (the standard one when it has no params). */
    static TextAnalyzer analyzer(LifecycleProfile profile, FieldSchema f) {
        try {
            return TextAnalyzer.of(f.typeParams().get(FieldSchema.ANALYZER_PARAMS));
        } catch (TextAnalyzer.BadParamsException e) {
            throw profile.invalidParameter("invalid analyzer params of field " + f.name() + ": " + e.getMessage());
        }
    }

    /** The analyzer behind a BM25 output field: its input field's. */
    static TextAnalyzer bm25Analyzer(LifecycleProfile profile, List<FieldSchema> fields, FieldSchema output) {
        for (FieldSchema f : fields) {
            if (f.name().equals(output.bm25Input())) {
                return analyzer(profile, f);
            }
        }
        throw profile.invalidParameter("function input field not found: " + output.bm25Input());
    }

    /** Query texts as the BM25 function's rows (a search on its output field). */
    static FieldColumn bm25Queries(
            LifecycleProfile profile, List<FieldSchema> fields, FieldSchema output, FieldColumn q) {
        return fill(profile, fields, output, q);
    }

    /** The BM25 function's rows for these texts. */
    static FieldColumn fill(LifecycleProfile profile, List<FieldSchema> fields, FieldSchema output, FieldColumn in) {
        TextAnalyzer a = bm25Analyzer(profile, fields, output);
        int n = in.rowCount();
        byte[][] rows = new byte[n][];
        String[] texts = in.strings();
        for (int i = 0; i < n; i++) {
            // a null text (nullable input field) has no tokens: an empty sparse row
            rows[i] = in.isNull(i) || texts[i] == null ? Bm25.row(List.of()) : Bm25.row(a.tokens(texts[i]));
        }
        return FieldColumn.sparseVectors(output.name(), rows);
    }
}
