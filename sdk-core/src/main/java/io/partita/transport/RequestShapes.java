package io.partita.transport;

import io.partita.model.KeyValuePair;
import io.partita.param.index.CreateIndexParam;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/**
 * Transport-neutral request values that are more than a copy of one Param field, computed here
 * once so that every transport only serializes them. Searches and queries have their own
 * {@link SearchRequestShape} and {@link ReadConsistency}. Stateless.
 */
public final class RequestShapes {
    private RequestShapes() {}

    /**
     * The {@code extra_params} pairs of a CreateIndex request, in the official clients' order:
     * {@code index_type}, {@code metric_type}, then {@code params} (the JSON build parameters) only
     * when it is not empty.
     *
     * @param p a validated CreateIndex Param
     * @return the pairs; unmodifiable
     */
    public static List<KeyValuePair> indexExtraParams(CreateIndexParam p) {
        List<KeyValuePair> pairs = new ArrayList<>(3);
        pairs.add(pair("index_type", p.getIndexType().name()));
        pairs.add(pair("metric_type", p.getMetricType().name()));
        if (!p.getExtraParam().isEmpty()) {
            pairs.add(pair("params", p.getExtraParam()));
        }
        return Collections.unmodifiableList(pairs);
    }

    /**
     * A password as Milvus expects it in a credential request: base64 of its UTF-8 bytes (the
     * protocol's {@code CreateCredentialRequest.password} is "ciphertext"; the official clients
     * base64-encode it).
     *
     * @param password the clear-text password
     * @return the encoded password
     */
    public static String encodedPassword(String password) {
        return Base64.getEncoder().encodeToString(password.getBytes(StandardCharsets.UTF_8));
    }

    private static KeyValuePair pair(String key, String value) {
        return KeyValuePair.newBuilder().setKey(key).setValue(value).build();
    }
}
