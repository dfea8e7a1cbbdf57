package io.partita.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.LongSerializationPolicy;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where command results go: human tables (the default) or one JSON document per command on
 * stdout ({@code --json}); errors are always one line on stderr. Not thread-safe.
 */
final class Output {
    private static final Gson GSON =
            new GsonBuilder().disableHtmlEscaping().serializeNulls().create();
    /** {@code --ids-as-strings}: Gson's own policy writes every {@code long} as a JSON string. */
    private static final Gson GSON_LONGS_AS_STRINGS = new GsonBuilder()
            .disableHtmlEscaping()
            .serializeNulls()
            .setLongSerializationPolicy(LongSerializationPolicy.STRING)
            .create();

    private final PrintWriter out;
    private final PrintWriter err;
    private boolean json;
    private boolean longsAsStrings;

    Output(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    void setJson(boolean json) {
        this.json = json;
    }

    boolean isJson() {
        return json;
    }

    void setLongsAsStrings(boolean longsAsStrings) {
        this.longsAsStrings = longsAsStrings;
    }

    boolean longsAsStrings() {
        return longsAsStrings;
    }

    PrintWriter err() {
        return err;
    }

    PrintWriter out() {
        return out;
    }

    /** Rows under headers; JSON: an array of objects keyed by header. */
    void table(List<String> headers, List<List<Object>> rows) {
        if (json) {
            List<Map<String, Object>> objects = new ArrayList<>();
            for (List<Object> row : rows) {
                Map<String, Object> o = new LinkedHashMap<>();
                for (int i = 0; i < headers.size(); i++) {
                    o.put(headers.get(i), row.get(i));
                }
                objects.add(o);
            }
            printJson(objects);
            return;
        }
        out.print(Tables.render(headers, rows));
        out.flush();
    }

    /** Name/value pairs (describe); JSON: one object. Values may be lists or maps. */
    void record(Map<String, Object> values) {
        if (json) {
            printJson(values);
            return;
        }
        List<List<Object>> rows = new ArrayList<>();
        values.forEach((k, v) ->
                rows.add(List.of(k, v instanceof List || v instanceof Map ? GSON.toJson(v) : String.valueOf(v))));
        out.print(Tables.render(List.of("Property", "Value"), rows));
        out.flush();
    }

    /** A success message; JSON: {@code {"status":"ok","message":...}} plus extra fields. */
    void done(String message, Map<String, Object> extra) {
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("status", "ok");
            o.put("message", message);
            o.putAll(extra);
            printJson(o);
            return;
        }
        out.println(message);
        out.flush();
    }

    void done(String message) {
        done(message, Map.of());
    }

    /** One line on stderr; in JSON mode the error object on stdout as well. */
    void failure(Throwable e) {
        err.println(Failures.line(e));
        err.flush();
        if (json) {
            printJson(Failures.json(e));
        }
    }

    private void printJson(Object value) {
        out.println((longsAsStrings ? GSON_LONGS_AS_STRINGS : GSON).toJson(value));
        out.flush();
    }
}
