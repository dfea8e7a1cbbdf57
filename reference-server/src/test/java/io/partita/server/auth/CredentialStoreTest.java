package io.partita.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialStoreTest {
    @TempDir
    Path dir;

    @Test
    void usersAndPasswordChangesSurviveReopeningTheDataDirectory() throws Exception {
        CredentialStore first = CredentialStore.open(dir, "Milvus");
        first.create("alice", "secret1");
        first.update("root", "Milvus", "newRoot1");

        CredentialStore reopened = CredentialStore.open(dir, "ignored-because-root-exists");
        assertThat(reopened.listUsers()).containsExactly("alice", "root");
        assertThat(reopened.authenticate("alice", "secret1")).isTrue();
        assertThat(reopened.authenticate("root", "newRoot1")).isTrue();
        assertThat(reopened.authenticate("root", "Milvus")).isFalse();
    }

    @Test
    void theFileHoldsSaltedHashesAndNeverThePassword() throws Exception {
        CredentialStore store = CredentialStore.open(dir, "Milvus");
        store.create("alice", "plaintext-password");
        String content = Files.readString(dir.resolve("auth/credentials.tsv"), StandardCharsets.UTF_8);
        assertThat(content)
                .contains("alice")
                .doesNotContain("plaintext-password")
                .doesNotContain("Milvus");
    }

    @Test
    void theRootPasswordGivenAtFirstStartIsTheOneThatWorks() {
        CredentialStore store = CredentialStore.open(dir, "Chosen123");
        assertThat(store.authenticate("root", "Chosen123")).isTrue();
        assertThat(store.authenticate("root", "Milvus")).isFalse();
    }

    @Test
    void aNewStoreWritesItsRootUserOnFirstUseNotAtOpen() {
        CredentialStore store = CredentialStore.open(dir, "Chosen123");
        assertThat(dir.resolve("auth/credentials.tsv"))
                .as("opening hashes and writes nothing")
                .doesNotExist();

        assertThat(store.listUsers()).containsExactly("root");
        assertThat(dir.resolve("auth/credentials.tsv")).exists();
        assertThat(CredentialStore.open(dir, "other-password").authenticate("root", "Chosen123"))
                .isTrue();
    }
}
