package io.partita.rest;

import com.google.gson.JsonObject;
import io.partita.model.ListCredUsersResponse;
import io.partita.transport.Operations;
import io.partita.transport.RequestShapes;
import io.partita.transport.TransportException;

/**
 * Codecs of the {@code /credential} routes. Passwords travel base64-encoded, as Milvus expects them
 * ({@code CreateCredentialRequest.password} is "ciphertext" in the protocol's words).
 */
final class CredentialCodecs {
    private CredentialCodecs() {}

    static void register(CodecTable t) {
        // Milvus's /api/v1 credential routes carry no user description (Milvus 2.6 added it to the
        // RPCs and to RESTful v2 only): a request with one is refused rather than sent without it
        t.put(Operations.CREATE_CREDENTIAL, (http, p, db) -> {
            refuseDescription(Operations.CREATE_CREDENTIAL.getName(), p.getDescription());
            return JsonValues.statusOf(http.send(Body.of("")
                    .str("username", p.getUsername())
                    .str("password", RequestShapes.encodedPassword(p.getPassword()))
                    .json()));
        });
        t.put(Operations.UPDATE_CREDENTIAL, (http, p, db) -> {
            refuseDescription(Operations.UPDATE_CREDENTIAL.getName(), p.getDescription());
            return JsonValues.statusOf(http.send(Body.of("")
                    .str("username", p.getUsername())
                    .str("oldPassword", RequestShapes.encodedPassword(p.getOldPassword()))
                    .str("newPassword", RequestShapes.encodedPassword(p.getNewPassword()))
                    .json()));
        });
        t.put(
                Operations.DELETE_CREDENTIAL,
                (http, p, db) -> JsonValues.statusOf(
                        http.send(Body.of("").str("username", p.getUsername()).json())));
        t.put(Operations.LIST_CRED_USERS, (http, p, db) -> {
            JsonObject r = http.send(new JsonObject());
            return ListCredUsersResponse.newBuilder()
                    .setStatus(JsonValues.status(r))
                    .addAllUsernames(JsonValues.strs(r, "usernames"))
                    .build();
        });
    }

    private static void refuseDescription(String rpc, String description) throws TransportException {
        if (description != null) {
            throw TransportException.unsupported(rpc + " with a user description", "REST (/api/v1)");
        }
    }
}
