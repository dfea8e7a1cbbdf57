package io.partita.grpc;

import io.partita.model.IDs;
import io.partita.model.KeyValuePair;
import io.partita.model.LongArray;
import io.partita.model.Status;
import io.partita.model.StringArray;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Small shared conversions between wire messages and Partita values: status, key-value pairs,
 * primary-key lists. The server's status is copied field for field, never interpreted.
 */
final class WireValues {
    private WireValues() {}

    static Status status(io.partita.wire.Status s) {
        return Status.newBuilder()
                .setErrorCodeValue(s.getErrorCodeValue())
                .setCode(s.getCode())
                .setReason(s.getReason())
                .setRetriable(s.getRetriable())
                .setDetail(s.getDetail())
                .putAllExtraInfo(s.getExtraInfoMap())
                .build();
    }

    static List<KeyValuePair> pairs(List<io.partita.wire.KeyValuePair> wire) {
        List<KeyValuePair> out = new ArrayList<>(wire.size());
        for (io.partita.wire.KeyValuePair kv : wire) {
            out.add(KeyValuePair.newBuilder()
                    .setKey(kv.getKey())
                    .setValue(kv.getValue())
                    .build());
        }
        return out;
    }

    static io.partita.wire.KeyValuePair pair(String key, String value) {
        return io.partita.wire.KeyValuePair.newBuilder()
                .setKey(key)
                .setValue(value)
                .build();
    }

    static List<io.partita.wire.KeyValuePair> toWirePairs(Map<String, String> map) {
        List<io.partita.wire.KeyValuePair> out = new ArrayList<>(map.size());
        map.forEach((k, v) -> out.add(pair(k, v)));
        return out;
    }

    static IDs ids(io.partita.wire.IDs wire) {
        IDs.Builder b = IDs.newBuilder();
        if (wire.hasIntId()) {
            b.setIntId(LongArray.newBuilder()
                    .addAllData(wire.getIntId().getDataList())
                    .build());
        } else if (wire.hasStrId()) {
            b.setStrId(StringArray.newBuilder()
                    .addAllData(wire.getStrId().getDataList())
                    .build());
        }
        return b.build();
    }

    static io.partita.wire.ConsistencyLevel consistency(io.partita.common.clientenum.ConsistencyLevelEnum level) {
        return io.partita.wire.ConsistencyLevel.forNumber(level.getCode());
    }
}
