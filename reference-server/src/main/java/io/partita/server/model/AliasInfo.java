package io.partita.server.model;

/** An alias and the collection it names. */
public record AliasInfo(String alias, String collectionName, long collectionId) {}
