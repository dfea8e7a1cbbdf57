package io.partita.server.model;

/**
 * A refusal made by a rule only an older profile has: a newer profile would accept the same
 * call. {@link #acceptedBy()} names that profile, so the server can say so to a client that
 * announced a newer SDK (see {@code ClientSdks} in the gRPC package).
 */
public final class ProfileRefusal extends EngineException {
    private static final long serialVersionUID = 1L;

    private final Profile acceptedBy;

    public ProfileRefusal(EngineException refusal, Profile acceptedBy) {
        super(refusal.legacyCode(), refusal.code(), refusal.reason(), refusal.retriable());
        this.acceptedBy = acceptedBy;
    }

    /** The first newer profile that accepts the call. */
    public Profile acceptedBy() {
        return acceptedBy;
    }
}
