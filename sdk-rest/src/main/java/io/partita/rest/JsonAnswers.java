package io.partita.rest;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.partita.transport.TransportException;
import java.io.IOException;
import java.io.StringReader;

/** Reads the text of an HTTP 200 answer as one strict JSON object, else ILLEGAL_RESPONSE. */
final class JsonAnswers {
    private static final int MAX_SNIPPET_CHARS = 120;

    private JsonAnswers() {}

    static JsonObject parse(String rpc, String target, String text) throws TransportException {
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            JsonElement e = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw RestErrors.illegal(rpc, target, "trailing data after the JSON answer", null);
            }
            if (!e.isJsonObject()) {
                throw RestErrors.illegal(rpc, target, "expected a JSON object, got " + shorten(text), null);
            }
            return e.getAsJsonObject();
        } catch (RuntimeException | IOException e) {
            throw RestErrors.illegal(rpc, target, "not JSON (" + e.getMessage() + "): " + shorten(text), e);
        }
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() > MAX_SNIPPET_CHARS ? flat.substring(0, MAX_SNIPPET_CHARS) + "..." : flat;
    }
}
