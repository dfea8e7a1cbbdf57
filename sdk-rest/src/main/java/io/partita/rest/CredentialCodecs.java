package io.partita.rest;

import com.google.gson.JsonObject;
import io.partita.model.ListCredUsersResponse;
import io.partita.transport.Operations;
import io.partita.transport.RequestShapes;

/**
 * Codecs of the {@code /credential} routes. Passwords travel base64-encoded, as Milvus expects them
 * ({@code CreateCredentialRequest.password} is "ciphertext" in the protocol's words).
 */
final class CredentialCodecs {
    private CredentialCodecs() {}

    static void register(CodecTable t) {
        t.put(
                Operations.CREATE_CREDENTIAL,
                (http, p, db) -> JsonValues.statusOf(http.send(Body.of("")
                        .str("username", p.getUsername())
                        .str("password", RequestShapes.encodedPassword(p.getPassword()))
                        .json())));
        t.put(
                Operations.UPDATE_CREDENTIAL,
                (http, p, db) -> JsonValues.statusOf(http.send(Body.of("")
                        .str("username", p.getUsername())
                        .str("oldPassword", RequestShapes.encodedPassword(p.getOldPassword()))
                        .str("newPassword", RequestShapes.encodedPassword(p.getNewPassword()))
                        .json())));
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
}
