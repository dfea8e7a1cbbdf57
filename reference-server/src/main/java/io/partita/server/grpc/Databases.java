package io.partita.server.grpc;

import io.partita.server.engine.EngineException;
import io.partita.server.engine.ErrorCodes;

/** The reference server has one database, {@code default}; an empty name means it too. */
final class Databases {
  static final String DEFAULT = "default";
  /** Milvus's 2.3+ code for an unknown database. */
  static final int CODE_DATABASE_NOT_FOUND = 800;

  private Databases() {
  }

  static void check(String dbName) {
    if (!dbName.isEmpty() && !DEFAULT.equals(dbName)) {
      throw EngineException.of(ErrorCodes.UNEXPECTED_ERROR, CODE_DATABASE_NOT_FOUND,
          "database not found[database=" + dbName + "]");
    }
  }
}
