package io.partita.server.model;

/**
 * Which Milvus release's lifecycle rules the engine follows (see SEMANTICS.md). The default is
 * {@link #MILVUS_2_1}.
 */
public enum Profile {
    MILVUS_2_1("milvus-2.1"),
    MILVUS_2_3("milvus-2.3");

    private final String id;

    Profile(String id) {
        this.id = id;
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
        throw new IllegalArgumentException("unknown profile: '" + id + "' (expected milvus-2.1 or milvus-2.3)");
    }
}
