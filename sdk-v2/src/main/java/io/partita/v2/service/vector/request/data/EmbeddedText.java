package io.partita.v2.service.vector.request.data;

import java.util.Objects;

/**
 * A text query: searched against the sparse output field of a BM25 function (metric {@code BM25}),
 * the server analyzing it with the input field's analyzer. Immutable.
 */
public class EmbeddedText implements BaseVector {
    private final String data;

    /** @param data the query text; not null */
    public EmbeddedText(String data) {
        this.data = Objects.requireNonNull(data, "EmbeddedText(data)");
    }

    /** @return the text, a {@code String} */
    @Override
    public Object getData() {
        return data;
    }
}
