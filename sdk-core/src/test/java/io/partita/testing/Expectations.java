package io.partita.testing;

import io.partita.testing.ContractSupport.Profile;
import io.partita.transport.TransportFailure;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the contract suite expects of the server under test: SEMANTICS.md's column for a profile
 * (the reference server), or that column overridden, check by check, with what a real Milvus was
 * observed to answer. Immutable.
 *
 * <p>A server is chosen by id ({@link #forServer}): {@code milvus-2.1} and {@code milvus-2.3} are
 * SEMANTICS.md's profiles unchanged; {@code milvus-2.1.0} and {@code milvus-2.3.5} are the real
 * servers ({@link RealMilvus21}, {@link RealMilvus23}). An override is keyed by the suite's check
 * name ({@code row02}, {@code row16.query}, an RPC name such as {@code GetLoadState}); a key
 * ending in {@code @grpc} or {@code @http} applies to that transport only and wins over the plain
 * key.
 */
public final class Expectations {

    private final String server;
    private final Profile profile;
    private final boolean indexFirst;
    private final Map<String, Outcome> overrides;
    private final String transport;

    private Expectations(
            String server, Profile profile, boolean indexFirst, Map<String, Outcome> overrides, String transport) {
        this.server = server;
        this.profile = profile;
        this.indexFirst = indexFirst;
        this.overrides = Map.copyOf(overrides);
        this.transport = transport;
    }

    /**
     * A reference server of profile milvus-2.6: SEMANTICS.md's 2.3 column but for the rows
     * docs/profiles.md gives a 2.6 column of its own (the suite's checks that a 2.6 server meets).
     */
    private static final Expectations MILVUS_26 = observed("milvus-2.6", Profile.MILVUS_2_3)
            .expect(
                    "row15",
                    Outcome.success()
                            .because("docs/profiles.md row 15, 2.6 column: dropping a missing partition is idempotent"))
            .expect(
                    "row17",
                    Outcome.success()
                            .because(
                                    "docs/profiles.md row 17, 2.6 column: creating an existing partition is idempotent"))
            .build();

    /** @return SEMANTICS.md's expectations for this profile: what the reference server must answer */
    public static Expectations semantics(Profile profile) {
        return new Expectations(profile.id(), profile, false, Map.of(), "any");
    }

    /**
     * @param server {@code milvus-2.1}, {@code milvus-2.3}, {@code milvus-2.6} (reference servers),
     *     {@code milvus-2.1.0} or {@code milvus-2.3.5} (real Milvus)
     * @param transport {@code grpc} or {@code http}, the URI scheme of the client under test
     * @return the expectations of that server through that transport
     */
    public static Expectations forServer(String server, String transport) {
        String t = transport.toLowerCase(Locale.ROOT);
        if (!t.equals("grpc") && !t.equals("http")) {
            throw new IllegalArgumentException("transport must be grpc or http, was: " + transport);
        }
        switch (server) {
            case "milvus-2.1":
                return semantics(Profile.MILVUS_2_1).through(t);
            case "milvus-2.3":
                return semantics(Profile.MILVUS_2_3).through(t);
            case "milvus-2.6":
                return MILVUS_26.through(t);
            case "milvus-2.1.0":
                return RealMilvus21.EXPECTATIONS.through(t);
            case "milvus-2.3.5":
                return RealMilvus23.EXPECTATIONS.through(t);
            default:
                throw new IllegalArgumentException(
                        "server must be milvus-2.1, milvus-2.3, milvus-2.6, milvus-2.1.0 or milvus-2.3.5, was: "
                                + server);
        }
    }

    /** @return a builder for a real server's table: its id, the SEMANTICS.md profile it follows */
    static Builder observed(String server, Profile profile) {
        return new Builder(server, profile);
    }

    /** @return these expectations as seen through this transport ({@code grpc} or {@code http}) */
    Expectations through(String t) {
        return new Expectations(server, profile, indexFirst, overrides, t);
    }

    /** @return the server id, e.g. {@code milvus-2.1.0} */
    public String server() {
        return server;
    }

    /** @return the SEMANTICS.md profile whose column gives the defaults */
    public Profile profile() {
        return profile;
    }

    /** @return whether a collection needs an index before it can be loaded (Milvus 2.3 does) */
    public boolean indexFirst() {
        return indexFirst;
    }

    /** @return the RPCs this server answers UNIMPLEMENTED, through this transport */
    public Set<String> unimplemented() {
        Set<String> rpcs = new TreeSet<>();
        for (String key : overrides.keySet()) {
            String check = key.contains("@") ? key.substring(0, key.indexOf('@')) : key;
            if (outcome(check, Outcome.success()).is(TransportFailure.UNIMPLEMENTED)) {
                rpcs.add(check);
            }
        }
        return rpcs;
    }

    /** @return the outcome this server shows for {@code check}: its override, else SEMANTICS.md's {@code dflt} */
    public Outcome outcome(String check, Outcome dflt) {
        Outcome forTransport = overrides.get(check + "@" + transport);
        if (forTransport != null) {
            return forTransport;
        }
        return overrides.getOrDefault(check, dflt);
    }

    @Override
    public String toString() {
        return server + " over " + transport + " (" + overrides.size() + " observed differences)";
    }

    /** Collects a real server's observed outcomes; every one must say why it differs. */
    static final class Builder {
        private final String server;
        private final Profile profile;
        private boolean indexFirst;
        private final Map<String, Outcome> overrides = new LinkedHashMap<>();

        private Builder(String server, Profile profile) {
            this.server = server;
            this.profile = profile;
        }

        /** The server refuses to load a collection without an index; fixtures get a FLAT one. */
        Builder indexFirst() {
            indexFirst = true;
            return this;
        }

        /** Overrides one check ({@code check} or {@code check@transport}) with what the server was observed to do. */
        Builder expect(String check, Outcome observed) {
            if (observed.why() == null) {
                throw new IllegalArgumentException(server + " " + check + ": an observed outcome needs because(...)");
            }
            if (overrides.put(check, observed) != null) {
                throw new IllegalArgumentException(server + ": " + check + " overridden twice");
            }
            return this;
        }

        Expectations build() {
            return new Expectations(server, profile, indexFirst, overrides, "any");
        }
    }
}
