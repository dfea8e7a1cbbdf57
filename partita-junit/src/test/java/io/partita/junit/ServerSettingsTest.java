package io.partita.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.server.model.Profile;
import org.junit.jupiter.api.Test;

class ServerSettingsTest {
    @PartitaServer(profile = "milvus-9.9")
    static class BadProfile {}

    @PartitaServer(memoryLimit = "lots")
    static class BadMemory {}

    @PartitaServer(queryNodes = 0)
    static class NoNodes {}

    @PartitaServer(memoryLimit = "256m", queryNodes = 3)
    static class Good {}

    @Test
    void anUnknownProfileIsRefusedNamingTheValue() {
        assertThatThrownBy(() -> ServerSettings.from(BadProfile.class.getAnnotation(PartitaServer.class)))
                .hasMessageContaining("profile")
                .hasMessageContaining("\"milvus-9.9\"");
    }

    @Test
    void anUnreadableMemoryLimitIsRefusedNamingTheValue() {
        assertThatThrownBy(() -> ServerSettings.from(BadMemory.class.getAnnotation(PartitaServer.class)))
                .hasMessageContaining("memoryLimit")
                .hasMessageContaining("\"lots\"");
    }

    @Test
    void zeroQueryNodesAreRefused() {
        assertThatThrownBy(() -> ServerSettings.from(NoNodes.class.getAnnotation(PartitaServer.class)))
                .hasMessageContaining("queryNodes must be >= 1, got 0");
    }

    @Test
    void sizesAreReadInBinaryUnits() {
        ServerSettings settings = ServerSettings.from(Good.class.getAnnotation(PartitaServer.class));

        assertThat(settings).isEqualTo(new ServerSettings(Profile.MILVUS_2_1, 256L * 1024 * 1024, 3, false, false));
    }
}
