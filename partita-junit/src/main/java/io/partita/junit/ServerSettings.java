package io.partita.junit;

import io.partita.server.ByteSizes;
import io.partita.server.model.Profile;

/** The validated settings of one {@link PartitaServer} annotation; equal settings share a JVM-scoped server. */
record ServerSettings(Profile profile, long memoryLimitBytes, int queryNodes, boolean http, boolean auth, int tlsMode) {

    /** Plain-text settings (TLS mode 0). */
    ServerSettings(Profile profile, long memoryLimitBytes, int queryNodes, boolean http, boolean auth) {
        this(profile, memoryLimitBytes, queryNodes, http, auth, 0);
    }

    static ServerSettings from(PartitaServer annotation) {
        Profile profile;
        try {
            profile = Profile.fromId(annotation.profile());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "@PartitaServer profile must be milvus-2.1, milvus-2.3 or milvus-2.6, got \"" + annotation.profile()
                            + "\"",
                    e);
        }
        long memoryLimitBytes = 0;
        if (!annotation.memoryLimit().isBlank()) {
            try {
                memoryLimitBytes = ByteSizes.parse(annotation.memoryLimit().trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "@PartitaServer memoryLimit must be a size like 256m or 2g, got \"" + annotation.memoryLimit()
                                + "\"",
                        e);
            }
        }
        if (annotation.queryNodes() < 1) {
            throw new IllegalArgumentException(
                    "@PartitaServer queryNodes must be >= 1, got " + annotation.queryNodes());
        }
        if (annotation.tlsMode() < 0 || annotation.tlsMode() > 2) {
            throw new IllegalArgumentException("@PartitaServer tlsMode must be 0, 1 or 2, got " + annotation.tlsMode());
        }
        return new ServerSettings(
                profile,
                memoryLimitBytes,
                annotation.queryNodes(),
                annotation.http(),
                annotation.auth(),
                annotation.tlsMode());
    }
}
