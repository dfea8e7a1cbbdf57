package io.partita.server.model;

/**
 * Which Milvus release's lifecycle rules the engine follows (see SEMANTICS.md). The default is
 * {@link #MILVUS_2_1}.
 */
public enum Profile {
    MILVUS_2_1("milvus-2.1", "v2.1.4"),
    MILVUS_2_3("milvus-2.3", "v2.3.0"),
    MILVUS_2_6("milvus-2.6", "v2.6.7");

    private final String id;
    private final String milvusVersion;

    Profile(String id, String milvusVersion) {
        this.id = id;
        this.milvusVersion = milvusVersion;
    }

    /** The Milvus version the server reports under this profile (GetVersion, Connect), e.g. {@code v2.1.4}. */
    public String milvusVersion() {
        return milvusVersion;
    }

    /** The name used on the command line, e.g. {@code milvus-2.1}. */
    public String id() {
        return id;
    }

    /**
     * The profile with this command-line name.
     *
     * @throws IllegalArgumentException naming the value when it is unknown
     */
    public static Profile fromId(String id) {
        for (Profile p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException(
                "unknown profile: '" + id + "' (expected milvus-2.1, milvus-2.3 or milvus-2.6)");
    }
}
