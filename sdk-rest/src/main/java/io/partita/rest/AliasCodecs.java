package io.partita.rest;

import io.partita.transport.Operations;

/** Codecs of the {@code /alias} routes: POST creates, DELETE drops, PATCH alters. */
final class AliasCodecs {
    private AliasCodecs() {}

    static void register(CodecTable t) {
        t.put(
                Operations.CREATE_ALIAS,
                (http, p, db) -> JsonValues.statusOf(http.send(Body.of(db)
                        .str("collection_name", p.getCollectionName())
                        .str("alias", p.getAlias())
                        .json())));
        t.put(
                Operations.DROP_ALIAS,
                (http, p, db) -> JsonValues.statusOf(
                        http.send(Body.of(db).str("alias", p.getAlias()).json())));
        t.put(
                Operations.ALTER_ALIAS,
                (http, p, db) -> JsonValues.statusOf(http.send(Body.of(db)
                        .str("collection_name", p.getCollectionName())
                        .str("alias", p.getAlias())
                        .json())));
    }
}
