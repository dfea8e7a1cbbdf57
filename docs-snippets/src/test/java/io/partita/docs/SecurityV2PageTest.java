package io.partita.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.junit.PartitaServer;
import io.partita.v2.client.MilvusClientV2;
import io.partita.v2.service.rbac.request.AlterRoleReq;
import io.partita.v2.service.rbac.request.CreateRoleReq;
import io.partita.v2.service.rbac.request.DescribeRoleReq;
import org.junit.jupiter.api.Test;

/** The V2 snippet of security.md: a role's description, created, altered and described (milvus-2.6). */
@PartitaServer(profile = "milvus-2.6")
class SecurityV2PageTest {

    static String describedRole(MilvusClientV2 client) {
        // spotless:off (a docs snippet: the page shows this region as written)
        // tag::v2[]
        client.createRole(CreateRoleReq.builder()
            .roleName("auditor")
            .description("reads the audit collections")
            .build());
        client.alterRole(AlterRoleReq.builder()            // Milvus 2.6; gRPC only
            .roleName("auditor")
            .description("reads the audit and metrics collections")
            .build());
        String description = client.describeRole(DescribeRoleReq.builder()
                .roleName("auditor")
                .build())
            .getDescription();                            // reads the audit and metrics collections
        // end::v2[]
        // spotless:on
        return description;
    }

    @Test
    void theV2SnippetKeepsTheAlteredDescription(MilvusClientV2 client) {
        assertThat(describedRole(client)).isEqualTo("reads the audit and metrics collections");
    }
}
