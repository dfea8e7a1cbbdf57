package io.partita.grpc;

import io.partita.model.ListCredUsersResponse;
import io.partita.transport.Operations;
import io.partita.wire.CreateCredentialRequest;
import io.partita.wire.DeleteCredentialRequest;
import io.partita.wire.ListCredUsersRequest;
import io.partita.wire.UpdateCredentialRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Codecs of the credential RPCs. Passwords travel base64-encoded, as Milvus expects them
 * ({@code CreateCredentialRequest.password} is "ciphertext" in the protocol's words).
 */
final class CredentialCodecs {
    private CredentialCodecs() {}

    static void register(CodecTable t) {
        t.put(
                Operations.CREATE_CREDENTIAL,
                (stub, p, db) -> WireValues.status(stub.createCredential(CreateCredentialRequest.newBuilder()
                        .setUsername(p.getUsername())
                        .setPassword(encode(p.getPassword()))
                        .build())));
        t.put(
                Operations.UPDATE_CREDENTIAL,
                (stub, p, db) -> WireValues.status(stub.updateCredential(UpdateCredentialRequest.newBuilder()
                        .setUsername(p.getUsername())
                        .setOldPassword(encode(p.getOldPassword()))
                        .setNewPassword(encode(p.getNewPassword()))
                        .build())));
        t.put(
                Operations.DELETE_CREDENTIAL,
                (stub, p, db) -> WireValues.status(stub.deleteCredential(DeleteCredentialRequest.newBuilder()
                        .setUsername(p.getUsername())
                        .build())));
        t.put(Operations.LIST_CRED_USERS, (stub, p, db) -> {
            io.partita.wire.ListCredUsersResponse r = stub.listCredUsers(ListCredUsersRequest.getDefaultInstance());
            return ListCredUsersResponse.newBuilder()
                    .setStatus(WireValues.status(r.getStatus()))
                    .addAllUsernames(r.getUsernamesList())
                    .build();
        });
    }

    private static String encode(String password) {
        return Base64.getEncoder().encodeToString(password.getBytes(StandardCharsets.UTF_8));
    }
}
