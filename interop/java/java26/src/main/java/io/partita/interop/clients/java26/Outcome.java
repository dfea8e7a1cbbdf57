package io.partita.interop.clients.java26;

import io.milvus.v2.exception.MilvusClientException;
import java.util.function.Supplier;

/**
 * What one V2 call did: its value, or the error text. The V2 client reports a failure by throwing
 * {@link MilvusClientException}; the text keeps what it exposes (legacy error_code, 2.3+ code,
 * message) so the STEP line shows the server's answer.
 */
record Outcome<T>(T value, String error) {
  static <T> Outcome<T> of(Supplier<T> call) {
    try {
      return new Outcome<>(call.get(), null);
    } catch (MilvusClientException e) {
      return new Outcome<>(null, "MilvusClientException(legacy=" + e.getLegacyServerCode() + ", code="
          + e.getServerErrCode() + ") " + e.getMessage());
    } catch (RuntimeException e) {
      return new Outcome<>(null, e.toString());
    }
  }

  /** Null on success, else the error text. */
  static String error(Runnable call) {
    return of(() -> {
      call.run();
      return Boolean.TRUE;
    }).error();
  }

  boolean ok() {
    return error == null;
  }
}
