package io.partita.server.grpc;

import io.partita.server.engine.Engine;
import io.partita.server.model.CollectionSchema;
import io.partita.server.model.DataType;
import io.partita.server.model.FieldColumn;
import io.partita.server.model.FieldSchema;
import io.partita.server.model.QueryRequest;
import io.partita.wire.IDs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Primary-key search (Milvus 2.6.9+, {@code SearchRequest.ids} in place of the placeholder group):
 * the query vectors are the anns field's values of the rows with those keys, in the order given;
 * on a BM25 function's output field, which stores no vectors, each key's text in the function's
 * input field is the query (Milvus's own {@code test_full_text_search_default} searches a BM25 field
 * by keys). Filters, ranges, grouping and offset apply as to any search; a key that no row has is
 * an error; the keys do not filter the answer (a row may find itself).
 */
final class SearchByKeys {
    private SearchByKeys() {}

    /** The anns field's vectors of the rows keyed {@code ids}, one query per key. */
    static FieldColumn vectors(Engine engine, String collection, String annsField, IDs ids) {
        CollectionSchema schema = engine.describeCollection(collection).schema();
        FieldSchema field = annsField(schema, annsField);
        // a BM25 output's queries are its input texts
        String stored = field.bm25Input() != null ? field.bm25Input() : field.name();
        FieldSchema pk = schema.primaryKey();
        List<Object> keys = keys(ids, pk.dataType());
        if (keys.isEmpty()) {
            throw Statuses.invalid("search by primary keys needs at least one primary key");
        }
        List<FieldColumn> rows = engine.query(
                new QueryRequest(collection, pk.name() + " in " + literal(keys), List.of(stored), List.of(), -1, 0));
        FieldColumn keyColumn = column(rows, pk.name());
        FieldColumn vectors = column(rows, stored);
        Map<Object, Integer> rowOf = new HashMap<>();
        for (int r = 0; r < keyColumn.rowCount(); r++) {
            rowOf.put(keyColumn.scalar(r), r);
        }
        int[] picks = new int[keys.size()];
        List<Object> missing = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Integer r = rowOf.get(keys.get(i));
            if (r == null || vectors.isNull(r)) {
                missing.add(keys.get(i));
            } else {
                picks[i] = r;
            }
        }
        if (!missing.isEmpty()) {
            throw Statuses.invalid(
                    "primary keys not found or without a vector in field " + field.name() + ": " + missing);
        }
        if (field.bm25Input() != null) {
            List<String> texts = new ArrayList<>(picks.length);
            for (int r : picks) {
                texts.add(vectors.strings()[r]);
            }
            return FieldColumn.varchars(field.name(), texts);
        }
        return rows(vectors, picks);
    }

    private static FieldSchema annsField(CollectionSchema schema, String name) {
        FieldSchema only = null;
        int vectorFields = 0;
        for (FieldSchema f : schema.fields()) {
            if (f.dataType().isVector()) {
                vectorFields++;
                only = f;
            }
            if (f.name().equals(name.trim())) {
                return f;
            }
        }
        if (name.isBlank() && vectorFields == 1) {
            return only;
        }
        // the search itself then answers the profile's text for a missing or ambiguous field
        throw Statuses.invalid(
                name.isBlank()
                        ? "anns_field is required: the collection has more than one vector field"
                        : "failed to get field schema by name: fieldName(" + name + ") not found");
    }

    private static List<Object> keys(IDs ids, DataType pkType) {
        List<Object> out = new ArrayList<>();
        if (ids.hasIntId() && pkType == DataType.INT64) {
            out.addAll(ids.getIntId().getDataList());
        } else if (ids.hasStrId() && pkType == DataType.VARCHAR) {
            out.addAll(ids.getStrId().getDataList());
        } else if (ids.hasIntId() || ids.hasStrId()) {
            throw Statuses.invalid("the primary keys given do not match the primary key field's type " + pkType);
        }
        return out;
    }

    private static String literal(List<Object> keys) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < keys.size(); i++) {
            Object k = keys.get(i);
            b.append(i == 0 ? "" : ", ");
            if (k instanceof String s) {
                b.append('"')
                        .append(s.replace("\\", "\\\\").replace("\"", "\\\""))
                        .append('"');
            } else {
                b.append(k);
            }
        }
        return b.append(']').toString();
    }

    private static FieldColumn column(List<FieldColumn> columns, String name) {
        for (FieldColumn c : columns) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalStateException("the query answered no column " + name);
    }

    /** The rows {@code picks} of a vector column, in that order. */
    private static FieldColumn rows(FieldColumn v, int[] picks) {
        DataType t = v.type();
        if (t == DataType.FLOAT_VECTOR) {
            float[] all = v.vectorFloats();
            float[] out = new float[picks.length * v.dim()];
            for (int i = 0; i < picks.length; i++) {
                System.arraycopy(all, picks[i] * v.dim(), out, i * v.dim(), v.dim());
            }
            return FieldColumn.floatVectors(v.name(), v.dim(), out);
        }
        if (t == DataType.SPARSE_FLOAT_VECTOR) {
            byte[][] all = v.sparseRows();
            byte[][] out = new byte[picks.length][];
            for (int i = 0; i < picks.length; i++) {
                out[i] = all[picks[i]];
            }
            return FieldColumn.sparseVectors(v.name(), out);
        }
        int width = t.rowBytes(v.dim());
        byte[] all = v.vectorBytes();
        byte[] out = new byte[picks.length * width];
        for (int i = 0; i < picks.length; i++) {
            System.arraycopy(all, picks[i] * width, out, i * width, width);
        }
        return FieldColumn.byteVectors(v.name(), t, v.dim(), out);
    }
}
