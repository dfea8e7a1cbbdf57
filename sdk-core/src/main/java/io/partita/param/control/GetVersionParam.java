package io.partita.param.control;

/**
 * Asks the server for its version. Partita's handle of GetVersion, which carries no field;
 * {@code MilvusClient.getVersion()} takes none, as in the official SDK.
 */
public final class GetVersionParam {
    /** The only value. */
    public static final GetVersionParam INSTANCE = new GetVersionParam();

    private GetVersionParam() {}

    @Override
    public String toString() {
        return "GetVersionParam{}";
    }
}
