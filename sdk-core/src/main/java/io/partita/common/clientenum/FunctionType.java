package io.partita.common.clientenum;

/**
 * The kind of a collection function, numbered as the protocol's {@code FunctionType} (schema.proto)
 * and named as the official SDK's enum of the same name.
 */
public enum FunctionType {
    /** No type set; never valid in a schema. */
    UNKNOWN("Unknown", 0),
    /** Analyzes a VarChar field into a sparse vector of term counts, searched with metric {@code BM25}. */
    BM25("BM25", 1),
    /** Embeds text with an external model provider (Milvus 2.6); Partita's reference server refuses it. */
    TEXTEMBEDDING("TextEmbedding", 2),
    /** Reranks search results (Milvus 2.6); Partita's reference server refuses it in a schema. */
    RERANK("Rerank", 3);

    private final String name;
    private final int code;

    FunctionType(String name, int code) {
        this.name = name;
        this.code = code;
    }

    /** @return the protocol number */
    public int getCode() {
        return code;
    }

    /** @return the protocol name, e.g. {@code "BM25"} */
    public String getName() {
        return name;
    }

    /**
     * @param name a protocol name, any case
     * @return the type of that name, or {@link #UNKNOWN}
     */
    public static FunctionType fromName(String name) {
        for (FunctionType t : values()) {
            if (t.name.equalsIgnoreCase(name) || t.name().equalsIgnoreCase(name)) {
                return t;
            }
        }
        return UNKNOWN;
    }

    /**
     * @param code a protocol number
     * @return the type with that number, or {@link #UNKNOWN}
     */
    public static FunctionType forCode(int code) {
        for (FunctionType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        return UNKNOWN;
    }
}
