package io.partita.response;

import io.partita.model.KeyValuePair;
import io.partita.param.Constant;
import java.util.List;

/** Reads {@code row_count} from a statistics list. */
final class Stats {
    private Stats() {}

    static long rowCount(List<KeyValuePair> stats) {
        for (KeyValuePair kv : stats) {
            if (Constant.ROW_COUNT.equals(kv.getKey())) {
                return Long.parseLong(kv.getValue());
            }
        }
        return 0;
    }
}
