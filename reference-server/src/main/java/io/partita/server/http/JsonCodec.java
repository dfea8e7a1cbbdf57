package io.partita.server.http;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
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
 * a success {@code Status} as {@code {}}). Bodies nested deeper than {@link JsonDepth#MAX_DEPTH}
 * levels are refused before parsing. Thread-safe.
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
        JsonDepth.check(text);
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
        try {
            RequestShapes.normalize(route.prototype().getDescriptorForType(), json);
        } catch (RuntimeException e) {
            // a value of the wrong JSON kind met by a shape rewrite (an object where a number belongs)
            throw new BadRequestException("parse body failed: " + rootMessage(e));
        }
        try {
            PARSER.merge(json.toString(), b);
        } catch (InvalidProtocolBufferException | RuntimeException e) {
            throw new BadRequestException("parse body failed: " + rootMessage(e));
        }
        return b.build();
    }

    /**
     * A body as a JSON object, for RESTful v2; an empty body is refused as Milvus refuses it
     * (handler_v2.go: "the request body should be nil, however {} is valid").
     *
     * @throws BadRequestException when the body is empty, too deep, or not a JSON object
     */
    static JsonObject parseObject(byte[] body) throws BadRequestException {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            throw new BadRequestException("the request body should be nil, however {} is valid");
        }
        JsonDepth.check(text);
        try {
            JsonElement e = JsonParser.parseString(text);
            if (!e.isJsonObject()) {
                throw new BadRequestException("expected a JSON object, got " + kind(e));
            }
            return e.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new BadRequestException(rootMessage(e));
        }
    }

    /** Prints a response message as the HTTP API answers it. */
    static String print(MessageOrBuilder m) {
        return GoJson.print(m);
    }

    /** How an error names a JSON value's kind without echoing it: {@code an object}, {@code a number}… */
    static String kind(JsonElement e) {
        if (e.isJsonObject()) {
            return "an object";
        }
        if (e.isJsonArray()) {
            return "an array";
        }
        if (e.isJsonNull()) {
            return "null";
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        return p.isString() ? "a string" : p.isNumber() ? "a number" : "a boolean";
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    }
}
