package io.partita.param.control;

/**
 * Flushes every collection of the client's database. Partita's handle of FlushAll, which carries
 * no field; {@code MilvusClient.flushAll(boolean, long, long)} takes the waiting settings, as in
 * the official SDK.
 */
public final class FlushAllParam {
    /** The only value. */
    public static final FlushAllParam INSTANCE = new FlushAllParam();

    private FlushAllParam() {}

    @Override
    public String toString() {
        return "FlushAllParam{}";
    }
}
