package io.partita.server.http;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.MessageOrBuilder;
import com.google.protobuf.util.JsonFormat;
import java.nio.charset.StandardCharsets;

/**
 * JSON ↔ protobuf for the HTTP API, with the protocol's own field names: requests are parsed
 * into the RPC's request message (unknown fields ignored, as Milvus's Go binding did; 64-bit
 * integers accepted as JSON numbers or strings), answers printed as Milvus's Go server printed
 * them (see {@link GoJson}: 64-bit integers as numbers, oneofs in Go case, zero values omitted,
 * a success {@code Status} as {@code {}}). Thread-safe.
 */
final class JsonCodec {
    private static final JsonFormat.Parser PARSER = JsonFormat.parser().ignoringUnknownFields();

    private JsonCodec() {}

    /**
     * @param route the route whose request message to build
     * @param body the raw body; empty counts as {@code {}}
     * @throws BadRequestException when the body is not a JSON object of that message
     */
    static Message parse(Route route, byte[] body) throws BadRequestException {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        Message.Builder b = route.prototype().newBuilderForType();
        if (text.isEmpty()) {
            return b.build();
        }
        JsonObject json;
        try {
            JsonElement e = JsonParser.parseString(text);
            if (!e.isJsonObject()) {
                throw new BadRequestException("parse body failed: expected a JSON object, got " + kind(e));
            }
            json = e.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new BadRequestException("parse body failed: " + rootMessage(e));
        }
        RequestShapes.normalize(route.prototype().getDescriptorForType(), json);
        try {
            PARSER.merge(json.toString(), b);
        } catch (InvalidProtocolBufferException | RuntimeException e) {
            throw new BadRequestException("parse body failed: " + rootMessage(e));
        }
        return b.build();
    }

    /** Prints a response message as the HTTP API answers it. */
    static String print(MessageOrBuilder m) {
        return GoJson.print(m);
    }

    private static String kind(JsonElement e) {
        return e.isJsonArray()
                ? "an array"
                : e.isJsonNull() ? "null" : "a " + (e.getAsJsonPrimitive().isString() ? "string" : "scalar");
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    }
}
