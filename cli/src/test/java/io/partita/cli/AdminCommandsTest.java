package io.partita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.junit.PartitaEndpoints;
import io.partita.junit.PartitaServer;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * The resource-group, database-property, rename and compaction commands on a one-shot command line, where
 * nobody can answer a question: options give what the shell asks for, and a missing one is a usage error
 * naming it (exit 2); the server's refusals come back with exit 1.
 */
@PartitaServer(profile = "milvus-2.6", cleanBetweenTests = true)
class AdminCommandsTest {

    @Test
    void resourceGroupsRoundTripWithOptionsInsteadOfQuestions(PartitaEndpoints endpoints) {
        URI uri = endpoints.grpcUri();
        assertThat(CliRun.run(uri, "create", "resource_group", "-n", "rg1", "--requests", "0", "--limits", "2")
                        .out())
                .contains("Create resource group rg1 successfully!");
        CliRun shown = CliRun.run(uri, "--json", "show", "resource_group", "-n", "rg1");
        assertThat(shown.exitCode()).isZero();
        assertThat(shown.out()).contains("\"limits.node_num\"").contains("2");
        assertThat(CliRun.run(uri, "update", "resource_group", "-n", "rg1", "--requests", "0", "--limits", "3")
                        .exitCode())
                .isZero();
        assertThat(CliRun.run(uri, "show", "resource_group", "-n", "rg1").out())
                .containsPattern("limits.node_num\\s*\\| 3");

        CliRun unanswered = CliRun.run(uri, "update", "resource_group", "-n", "rg1");
        assertThat(unanswered.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unanswered.err()).contains("--requests");

        CliRun missing = CliRun.run(uri, "show", "resource_group", "-n", "nowhere");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.SERVER_ERROR);
        assertThat(missing.err()).contains("nowhere");

        CliRun defaultGroup = CliRun.run(uri, "delete", "resource_group", "-n", "__default_resource_group", "-y");
        assertThat(defaultGroup.exitCode()).isEqualTo(ExitCodes.USAGE);
        CliRun notEmpty = CliRun.run(uri, "delete", "resource_group", "-n", "rg1", "-y");
        assertThat(notEmpty.exitCode()).isEqualTo(ExitCodes.SERVER_ERROR);
        assertThat(notEmpty.err()).contains("resource group's limits node num is not 0");
        assertThat(CliRun.run(uri, "update", "resource_group", "-n", "rg1", "--requests", "0", "--limits", "0")
                        .exitCode())
                .isZero();
        assertThat(CliRun.run(uri, "delete", "resource_group", "-n", "rg1", "-y")
                        .out())
                .contains("Drop resource group rg1 successfully!");
        assertThat(CliRun.run(uri, "list", "resource_groups").out()).doesNotContain("rg1");
    }

    @Test
    void rolesGrantsAndPrivilegeGroupsWithOptionsInsteadOfQuestions(PartitaEndpoints endpoints) {
        URI uri = endpoints.grpcUri();
        assertThat(CliRun.run(uri, "create", "role", "-r", "auditor").exitCode())
                .isZero();
        CliRun grant = CliRun.run(
                uri, "grant", "privilege", "-r", "auditor", "-t", "Global", "-o", "*", "-p", "DescribeCollection");
        assertThat(grant.exitCode()).as(grant.err()).isZero();
        assertThat(CliRun.run(uri, "--json", "show", "role", "-r", "auditor").out())
                .contains("DescribeCollection")
                .contains("Global");
        CliRun badType = CliRun.run(uri, "grant", "privilege", "-r", "auditor", "-t", "Table", "-o", "*", "-p", "x");
        assertThat(badType.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badType.err()).contains("Global, Collection or User");
        CliRun unanswered = CliRun.run(uri, "revoke", "privilege", "-r", "auditor");
        assertThat(unanswered.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unanswered.err()).contains("-t");
        CliRun unknownRole = CliRun.run(uri, "show", "role", "-r", "nobody");
        assertThat(unknownRole.exitCode()).isEqualTo(ExitCodes.SERVER_ERROR);
        assertThat(unknownRole.err()).contains("not found the role");

        assertThat(CliRun.run(uri, "create", "privilege_group", "-n", "g1").exitCode())
                .isZero();
        CliRun empty = CliRun.run(uri, "grant", "privilege_group", "-n", "g1", "-p", " , ");
        assertThat(empty.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.run(uri, "grant", "privilege_group", "-n", "g1", "-p", "Query")
                        .exitCode())
                .isZero();
        assertThat(CliRun.run(uri, "list", "privilege_groups").out()).containsPattern("\\| g1\\s*\\| Query\\s*\\|");
        assertThat(CliRun.run(uri, "delete", "privilege_group", "-n", "g1", "-y")
                        .exitCode())
                .isZero();
        assertThat(CliRun.run(uri, "list", "privilege_groups").out()).doesNotContain("g1");
        CliRun stillGranted = CliRun.run(uri, "delete", "role", "-r", "auditor");
        assertThat(stillGranted.exitCode()).isEqualTo(ExitCodes.SERVER_ERROR);
        CliRun revoke = CliRun.run(
                uri, "revoke", "privilege", "-r", "auditor", "-t", "Global", "-o", "*", "-p", "DescribeCollection");
        assertThat(revoke.exitCode()).as(revoke.err()).isZero();
        assertThat(CliRun.run(uri, "delete", "role", "-r", "auditor").exitCode())
                .isZero();
    }

    @Test
    void databasePropertiesRenameAndCompactionOnACommandLine(PartitaEndpoints endpoints) {
        URI uri = endpoints.grpcUri();
        assertThat(CliRun.run(uri, "alter", "database", "-db", "default", "-k", "database.max.collections", "-v", "9")
                        .exitCode())
                .isZero();
        assertThat(CliRun.run(uri, "show", "database", "-db", "default").out())
                .containsPattern("database.max.collections\\s*\\| 9");
        assertThat(CliRun.run(uri, "alter", "database", "-db", "default").err()).contains("-k");

        assertThat(CliRun.run(
                                uri,
                                "create",
                                "collection",
                                "-c",
                                "a",
                                "-f",
                                "id:INT64",
                                "-f",
                                "v:FLOAT_VECTOR:2",
                                "-p",
                                "id")
                        .exitCode())
                .isZero();
        assertThat(CliRun.run(uri, "rename", "collection", "-old", "a", "-new", "b")
                        .out())
                .contains("Rename collection a to b successfully!");
        assertThat(CliRun.run(
                                uri,
                                "alter",
                                "collection_properties",
                                "-c",
                                "b",
                                "-k",
                                "collection.ttl.seconds",
                                "-v",
                                "60")
                        .exitCode())
                .isZero();
        assertThat(CliRun.run(uri, "--json", "show", "collection", "-c", "b").out())
                .contains("\"collection.ttl.seconds\":\"60\"");
        assertThat(CliRun.run(uri, "delete", "collection_properties", "-c", "b", "-k", "collection.ttl.seconds")
                        .exitCode())
                .isZero();
        assertThat(CliRun.run(uri, "--json", "show", "collection", "-c", "b").out())
                .doesNotContain("collection.ttl.seconds");
        CliRun renamedAgain = CliRun.run(uri, "rename", "collection", "-old", "a", "-new", "c");
        assertThat(renamedAgain.exitCode()).isEqualTo(ExitCodes.SERVER_ERROR);

        CliRun compact = CliRun.run(uri, "--json", "compact", "-c", "b");
        assertThat(compact.exitCode()).isZero();
        String id = compact.out().replaceAll("(?s).*\"compaction_id\"\\s*:\\s*(\\d+).*", "$1");
        assertThat(id).matches("\\d+");
        assertThat(CliRun.run(uri, "show", "compaction_state", "-id", id).out()).contains(id);
        assertThat(CliRun.run(uri, "show", "flush_state", "-c", "b").out())
                .containsPattern("\\| b\\s*\\| 0\\s*\\| true");
    }
}
