package io.partita.v2.service.utility.response;

import lombok.Builder;
import lombok.Getter;

/**
 * What {@code MilvusClientV2.getServerVersionV2} answers. Partita fills {@code version}; the build details
 * (build time, git commit, Go version, deploy mode) are {@code null}, since GetVersion carries none of them.
 *
 * <p>Immutable.
 */
@Getter
public final class GetServerVersionResp {
    /** The server's version, e.g. {@code v2.3.5}. */
    private final String version;
    /** When the server was built; {@code null} from Partita. */
    private final String buildTime;
    /** The server's source commit; {@code null} from Partita. */
    private final String gitCommit;
    /** The Go version the server was built with; {@code null} from Partita. */
    private final String goVersion;
    /** Standalone or cluster; {@code null} from Partita. */
    private final String deployMode;

    @Builder
    private GetServerVersionResp(
            String version, String buildTime, String gitCommit, String goVersion, String deployMode) {
        this.version = version;
        this.buildTime = buildTime;
        this.gitCommit = gitCommit;
        this.goVersion = goVersion;
        this.deployMode = deployMode;
    }

    @Override
    public String toString() {
        return "GetServerVersionResp{version=" + version + ", buildTime=" + buildTime + ", gitCommit=" + gitCommit
                + ", goVersion=" + goVersion + ", deployMode=" + deployMode + "}";
    }
}
