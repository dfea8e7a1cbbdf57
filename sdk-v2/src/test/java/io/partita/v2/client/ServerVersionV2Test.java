package io.partita.v2.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.client.MilvusServiceClient;
import io.partita.param.ConnectParam;
import io.partita.server.model.Profile;
import io.partita.v2.service.utility.request.GetServerVersionReq;
import io.partita.v2.service.utility.response.GetServerVersionResp;
import org.junit.jupiter.api.Test;

/** GetVersion through both APIs, over the one sdk-core operation, against the reference server of each profile. */
class ServerVersionV2Test {

    @Test
    void bothApisAnswerTheProfilesMilvusVersion() throws Exception {
        for (Profile profile : new Profile[] {Profile.MILVUS_2_3, Profile.MILVUS_2_6}) {
            try (Servers servers = Servers.start(profile, 1, false)) {
                MilvusClientV2 v2 = new MilvusClientV2(
                        ConnectConfig.builder().uri(servers.grpcUri()).build());
                String version = v2.getServerVersion();
                assertThat(version).as("%s", profile).startsWith(profile == Profile.MILVUS_2_3 ? "v2.3" : "v2.6");

                GetServerVersionResp detailed = v2.getServerVersionV2(
                        GetServerVersionReq.builder().detail(true).build());
                assertThat(detailed.getVersion()).isEqualTo(version);
                assertThat(detailed.getGitCommit()).isNull();
                v2.close();

                MilvusServiceClient v1 = new MilvusServiceClient(
                        ConnectParam.newBuilder().withUri(servers.grpcUri()).build());
                assertThat(v1.getVersion().orThrow().getVersion()).isEqualTo(version);
                v1.close();
            }
        }
    }
}
