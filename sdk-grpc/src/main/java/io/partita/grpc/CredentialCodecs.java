package io.partita.grpc;

import io.partita.model.ListCredUsersResponse;
import io.partita.transport.Operations;
import io.partita.transport.RequestShapes;
import io.partita.wire.CreateCredentialRequest;
import io.partita.wire.DeleteCredentialRequest;
import io.partita.wire.ListCredUsersRequest;
import io.partita.wire.UpdateCredentialRequest;

/**
 * Codecs of the credential RPCs. Passwords travel base64-encoded, as Milvus expects them
 * ({@code CreateCredentialRequest.password} is "ciphertext" in the protocol's words).
 */
final class CredentialCodecs {
    private CredentialCodecs() {}

    static void register(CodecTable t) {
        t.put(Operations.CREATE_CREDENTIAL, (stub, p, db) -> {
            CreateCredentialRequest.Builder r = CreateCredentialRequest.newBuilder()
                    .setUsername(p.getUsername())
                    .setPassword(RequestShapes.encodedPassword(p.getPassword()));
            if (p.getDescription() != null) {
                r.setDescription(p.getDescription());
            }
            return WireValues.status(stub.createCredential(r.build()));
        });
        // a description-only change sends no passwords, as the official 2.6 client's updateUser does
        t.put(Operations.UPDATE_CREDENTIAL, (stub, p, db) -> {
            UpdateCredentialRequest.Builder r =
                    UpdateCredentialRequest.newBuilder().setUsername(p.getUsername());
            if (!p.isDescriptionOnly()) {
                r.setOldPassword(RequestShapes.encodedPassword(p.getOldPassword()))
                        .setNewPassword(RequestShapes.encodedPassword(p.getNewPassword()));
            }
            if (p.getDescription() != null) {
                r.setDescription(p.getDescription());
            }
            return WireValues.status(stub.updateCredential(r.build()));
        });
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
}
