package io.partita.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Credential formats, the failed-login throttle and the credential file's mode (issue 18, defects 11-13). */
class AuthenticatorTest {
    @TempDir
    Path dir;

    final AtomicLong now = new AtomicLong(1_000_000_000_000L);

    static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyCredentialFormatOfEitherPortParsesToTheSamePair() {
        for (String v : new String[] {
            "Basic " + b64("root:Milvus"),
            "basic " + b64("root:Milvus"),
            b64("root:Milvus"),
            "root:Milvus",
            "Bearer root:Milvus",
            "Bearer " + b64("root:Milvus")
        }) {
            assertThat(CredentialHeader.parse(v)).as(v).isEqualTo(new CredentialHeader("root", "Milvus"));
        }
        assertThat(CredentialHeader.parse("Basic !!!")).isNull();
        assertThat(CredentialHeader.parse("nocolon")).isNull();
        assertThat(CredentialHeader.parse(null)).isNull();
        assertThat(new CredentialHeader("root", "secret").toString()).doesNotContain("secret");
    }

    @Test
    void afterFiveFailuresAUserIsLockedAndRefusedWithoutHashingEvenWithTheRightPassword() {
        CredentialStore store = CredentialStore.open(dir, "Milvus");
        Authenticator auth = new Authenticator(store, now::get);
        for (int i = 0; i < LoginThrottle.USER_FREE_FAILURES; i++) {
            assertThat(auth.refusal("root:wrong" + i, "10.0.0." + i)).isEqualTo(Authenticator.FAILED);
        }
        assertThat(auth.refusal("root:Milvus", "10.0.0.99"))
                .as("the sixth attempt still runs: five failures are free")
                .isNull();
        for (int i = 0; i <= LoginThrottle.USER_FREE_FAILURES; i++) {
            auth.refusal("root:wrong", "10.0.1." + i);
        }
        long start = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            assertThat(auth.refusal("root:Milvus", "10.0.2.1")).startsWith("too many failed logins");
        }
        assertThat(System.nanoTime() - start)
                .as("200 locked refusals cost less than a few password hashes")
                .isLessThan(200_000_000L);

        now.addAndGet(LoginThrottle.FIRST_LOCK_NANOS + 1);
        assertThat(auth.refusal("root:Milvus", "10.0.2.1")).isNull();
    }

    @Test
    void locksDoubleUpToSixtySeconds() {
        CredentialStore store = CredentialStore.open(dir, "Milvus");
        Authenticator auth = new Authenticator(store, now::get);
        for (int i = 0; i < 30; i++) {
            auth.refusal("root:wrong", "a" + i);
            now.addAndGet(LoginThrottle.MAX_LOCK_NANOS + 1); // let every lock expire, so each attempt is hashed
        }
        auth.refusal("root:wrong", "b");
        assertThat(auth.refusal("root:Milvus", "c"))
                .isEqualTo("too many failed logins for this user or from" + " this address; retry in 60 s");
    }

    @Test
    void twentyFailuresFromOneAddressLockThatAddressForEveryUser() throws Exception {
        CredentialStore store = CredentialStore.open(dir, "Milvus");
        store.create("alice", "alice-password");
        Authenticator auth = new Authenticator(store, now::get);
        for (int i = 0; i <= LoginThrottle.ADDRESS_FREE_FAILURES; i++) {
            auth.refusal("user" + i + ":guess", "192.0.2.7");
        }
        assertThat(auth.refusal("alice:alice-password", "192.0.2.7")).startsWith("too many failed logins");
        assertThat(auth.refusal("alice:alice-password", "192.0.2.8")).isNull();
    }

    @Test
    void theCredentialFileIsReadableByItsOwnerOnly() throws Exception {
        CredentialStore store = CredentialStore.open(dir, "Milvus");
        store.create("alice", "alice-password");
        Path file = dir.resolve("auth").resolve("credentials.tsv");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void anOlderWorldReadableFileIsNarrowedWhenOpened() throws Exception {
        // the first start writes its root user on first use (opening costs no hash)
        assertThat(CredentialStore.open(dir, "Milvus").authenticate("root", "Milvus"))
                .isTrue();
        Path file = dir.resolve("auth").resolve("credentials.tsv");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        CredentialStore.open(dir, "Milvus");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void theRootPasswordGivenAtFirstStartReplacesTheDefault() {
        CredentialStore store = CredentialStore.open(dir, "Another-secret");

        assertThat(store.rootHasDefaultPassword()).isFalse();
        assertThat(store.authenticate("root", "Another-secret")).isTrue();
    }
}
