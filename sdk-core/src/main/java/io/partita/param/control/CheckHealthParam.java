package io.partita.param.control;

/**
 * Asks the server whether it is healthy. Partita's handle of CheckHealth, which carries no field;
 * {@code MilvusClient.checkHealth()} takes none, as in the official SDK.
 */
public final class CheckHealthParam {
    /** The only value. */
    public static final CheckHealthParam INSTANCE = new CheckHealthParam();

    private CheckHealthParam() {}

    @Override
    public String toString() {
        return "CheckHealthParam{}";
    }
}
