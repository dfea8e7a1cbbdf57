package io.partita.differential;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.partita.exception.MilvusServerException;
import io.partita.param.R;
import java.util.List;

/**
 * What one scenario step produced, as compared by the differential run: success or failure, the
 * server's legacy {@code error_code}, its 2.3+ {@code code}, the reason text (with the ids the
 * scenario knows replaced by names, see {@link IdNames}), a row count and a list of ids.
 *
 * <p>Immutable. {@code rows} is -1 and {@code ids} empty when the step has none.
 */
final class Outcome {
    final String step;
    final boolean ok;
    final int errorCode;
    final int code;
    final String reason;
    final long rows;
    final List<Long> ids;

    private Outcome(String step, boolean ok, int errorCode, int code, String reason, long rows, List<Long> ids) {
        this.step = step;
        this.ok = ok;
        this.errorCode = errorCode;
        this.code = code;
        this.reason = reason;
        this.rows = rows;
        this.ids = List.copyOf(ids);
    }

    /** @return the outcome of a call: success with these rows and ids, or the failure {@code r} carries */
    static Outcome of(String step, R<?> r, long rows, List<Long> ids, IdNames names) {
        if (r.isSuccess()) {
            return new Outcome(step, true, 0, 0, "", rows, ids);
        }
        Exception e = r.getException();
        if (e instanceof MilvusServerException) {
            MilvusServerException s = (MilvusServerException) e;
            return new Outcome(step, false, s.getErrorCode(), s.getServerCode(), names.apply(s.getReason()), -1, List.of());
        }
        // Transport or client-side failure: R's status is the client's code (negative or Milvus-like).
        String message = e == null ? r.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
        return new Outcome(step, false, r.getStatus(), 0, names.apply(message), -1, List.of());
    }

    /** @return a failure that happened in the scenario itself (an exception it did not expect) */
    static Outcome crashed(String step, Exception e) {
        return new Outcome(step, false, -1, 0, "client exception " + e.getClass().getSimpleName() + ": " + e.getMessage(),
            -1, List.of());
    }

    /** @return this outcome as one line of JSON */
    String toJson() {
        JsonObject o = new JsonObject();
        o.addProperty("step", step);
        o.addProperty("ok", ok);
        o.addProperty("error_code", errorCode);
        o.addProperty("code", code);
        o.addProperty("reason", reason);
        o.addProperty("rows", rows);
        JsonArray a = new JsonArray();
        ids.forEach(a::add);
        o.add("ids", a);
        return o.toString();
    }
}
