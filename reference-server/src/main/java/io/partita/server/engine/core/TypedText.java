package io.partita.server.engine.core;

import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.model.DataType;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.Timestamps;
import io.partita.server.model.WellKnownText;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Insert's reading of the text forms of GEOMETRY and TIMESTAMPTZ columns: WKT checked and
 * normalized ({@link WellKnownText}), ISO 8601 text read into µs UTC ({@link Timestamps}, naive
 * times in the collection's {@code timezone} property, default UTC). Refusals are Milvus's
 * ParameterInvalid (code 1100) naming field and row; the timestamp texts are Milvus's
 * (pkg/util/timestamptz), the WKT text is Partita's.
 */
final class TypedText {
    private TypedText() {}

    /** The zone naive times of collection {@code c} are read in. */
    static ZoneId zone(LifecycleProfile profile, CollectionRuntime c) {
        String name = c.meta.properties().get(Timestamps.TIMEZONE_PROPERTY);
        try {
            return name == null ? ZoneOffset.UTC : Timestamps.zone(name);
        } catch (IllegalArgumentException e) {
            throw profile.invalidParameter(e.getMessage() + ": invalid parameter");
        }
    }

    /** {@code c} in the storage form of field {@code f}; columns of other fields unchanged. */
    static FieldColumn read(LifecycleProfile profile, FieldSchema f, FieldColumn c, ZoneId zone) {
        if (f.dataType() == DataType.TIMESTAMPTZ && c.type() == DataType.VARCHAR) {
            String[] text = c.strings();
            long[] micros = new long[text.length];
            for (int row = 0; row < text.length; row++) {
                if (c.isNull(row)) {
                    continue;
                }
                try {
                    micros[row] = Timestamps.parse(text[row], zone);
                } catch (IllegalArgumentException e) {
                    throw profile.invalidParameter(e.getMessage() + ": invalid parameter");
                }
            }
            return FieldColumn.longs(c.name(), micros).as(DataType.TIMESTAMPTZ).withValid(c.valid());
        }
        if (f.dataType() == DataType.GEOMETRY && c.type() == DataType.GEOMETRY) {
            String[] text = c.strings();
            List<String> normal = new ArrayList<>(text.length);
            for (int row = 0; row < text.length; row++) {
                if (c.isNull(row)) {
                    normal.add("");
                    continue;
                }
                try {
                    normal.add(WellKnownText.normalize(text[row]));
                } catch (IllegalArgumentException e) {
                    throw profile.invalidParameter("invalid WKT data of geometry field " + f.name() + ", row " + row
                            + " ('" + text[row] + "'): " + e.getMessage() + ": invalid parameter");
                }
            }
            return FieldColumn.varchars(c.name(), normal).as(DataType.GEOMETRY).withValid(c.valid());
        }
        return c;
    }
}
