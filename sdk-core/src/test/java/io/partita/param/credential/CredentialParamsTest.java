package io.partita.param.credential;

import static io.partita.param.ParamAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CredentialParamsTest {

    @Test
    void credentialParamsBuildAndNeverPrintPasswords() {
        CreateCredentialParam create = CreateCredentialParam.newBuilder()
                .withUsername("ann")
                .withPassword("pa55word")
                .build();
        UpdateCredentialParam update = UpdateCredentialParam.newBuilder()
                .withUsername("ann")
                .withOldPassword("pa55word")
                .withNewPassword("n3w-pass")
                .build();

        assertThat(create.getPassword()).isEqualTo("pa55word");
        assertThat(create.toString()).contains("ann").doesNotContain("pa55word");
        assertThat(update.toString()).doesNotContain("pa55word").doesNotContain("n3w-pass");
        assertThat(DeleteCredentialParam.newBuilder()
                        .withUsername("ann")
                        .build()
                        .getUsername())
                .isEqualTo("ann");
        assertThat(ListCredUsersParam.newBuilder().build().toString()).isEqualTo("ListCredUsersParam{}");
    }

    @Test
    void credentialParamsRejectMissingFields() {
        assertRejected(
                () -> CreateCredentialParam.newBuilder().withPassword("p").build(), "username must not be null");
        assertRejected(
                () -> CreateCredentialParam.newBuilder()
                        .withUsername("ann")
                        .withPassword("")
                        .build(),
                "password must not be empty");
        assertRejected(
                () -> UpdateCredentialParam.newBuilder()
                        .withUsername("ann")
                        .withNewPassword("x")
                        .build(),
                "oldPassword must not be null");
        assertRejected(
                () -> UpdateCredentialParam.newBuilder()
                        .withUsername("ann")
                        .withOldPassword("x")
                        .build(),
                "newPassword must not be null");
        assertRejected(
                () -> DeleteCredentialParam.newBuilder().withUsername(" ").build(), "username must not be empty");
    }
}
