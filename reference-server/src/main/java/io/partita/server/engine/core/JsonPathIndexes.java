package io.partita.server.engine.core;

import io.partita.server.lifecycle.LifecycleProfile;
import io.partita.server.model.EngineException;
import io.partita.server.model.ErrorCodes;
import io.partita.server.search.IndexSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JSON path indexes (Milvus 2.5+, profile {@code milvus-2.6}): a scalar index on one path inside a
 * JSON field, its value cast to {@code json_cast_type}. One JSON field may carry several, one per
 * path, each named ({@code <field><JSON pointer of the path>} when the request names none, as
 * Milvus's proxy names them: {@code my_json/a/b} for {@code my_json['a']['b']}). With the dynamic
 * field enabled, an index may also name a key of the dynamic field as its field (Milvus 2.5.11+,
 * "Index keys in the dynamic field"): the path then starts with the key, the index describes the key
 * as its field and its default name starts with {@code $meta/}.
 *
 * <p>The rules are Milvus 2.6's (internal/util/indexparamcheck: {@code inverted_checker.go}
 * {@code validJSONCastTypes} and {@code validJSONCastFunctions}, {@code stl_sort_checker.go},
 * {@code bitmap_index_checker.go}, {@code trie_checker.go}; the texts of their {@code merr} wraps),
 * checked against the pinned copy of Milvus's tests ({@code test_milvus_client_index.py}
 * {@code TestMilvusClientJsonPathIndex*}). Like the other scalar indexes of the reference server the
 * index is recorded and described while filters scan the rows exactly: a filter on the indexed path
 * answers as it does without the index, which is what Milvus promises of the index too.
 */
final class JsonPathIndexes {
    static final String CAST_TYPE = "json_cast_type";
    static final String PATH = "json_path";
    static final String CAST_FUNCTION = "json_cast_function";
    /** What the default name of an index on a key of the dynamic field starts with. */
    static final String DYNAMIC_PREFIX = "$meta/";

    /** The cast types each index type takes on a JSON field, Milvus 2.6's lists in its order. */
    private static final Map<String, List<String>> CAST_TYPES = Map.of(
            "INVERTED", List.of("BOOL", "DOUBLE", "VARCHAR", "ARRAY_BOOL", "ARRAY_DOUBLE", "ARRAY_VARCHAR", "JSON"),
            "STL_SORT", List.of("DOUBLE", "VARCHAR"),
            "BITMAP", List.of("BOOL", "VARCHAR"));

    private JsonPathIndexes() {}

    /** Whether the params (flat pairs or the {@code params} JSON) describe a JSON path index. */
    static boolean given(Map<String, String> params) {
        Map<String, String> flat = IndexSpec.flatten(params);
        return flat.containsKey(CAST_TYPE) || flat.containsKey(PATH);
    }

    /**
     * The checked, flattened params of a JSON path index on {@code indexed} (a JSON field's name, or a
     * key of the dynamic field): {@code index_type} (AUTOINDEX
     * or none meaning INVERTED), {@code json_cast_type} upper-cased, {@code json_path} as given (the
     * field's name when left out), {@code json_cast_function} when given, and whatever else the
     * request carried. Throws Milvus's refusal otherwise.
     */
    static Map<String, String> check(LifecycleProfile profile, String indexed, Map<String, String> params) {
        Map<String, String> flat;
        try {
            flat = new LinkedHashMap<>(IndexSpec.flatten(params));
        } catch (IllegalArgumentException e) {
            throw profile.invalidParameter(e.getMessage());
        }
        String given = flat.getOrDefault("index_type", "");
        String type = given.trim().toUpperCase(Locale.ROOT);
        if (type.isEmpty() || type.equals("AUTOINDEX")) {
            type = "INVERTED"; // paramtable autoIndex.scalar.json: INVERTED
        }
        if (type.equals("TRIE")) {
            // trie_checker.go CheckValidDataType
            throw profile.invalidParameter("TRIE are only supported on varchar field");
        }
        List<String> castTypes = CAST_TYPES.get(type);
        if (castTypes == null) {
            // task_index.go: no checker for the type (merr.WrapErrParameterInvalid("valid index", ...))
            throw profile.invalidParameter(
                    "invalid parameter[expected=valid index][actual=invalid index type: " + given + "]");
        }
        String cast = flat.get(CAST_TYPE);
        if (cast == null) {
            throw EngineException.of(
                    ErrorCodes.ILLEGAL_ARGUMENT,
                    ErrorCodes.CODE_PARAMETER_MISSING,
                    "json index must specify cast type: missing parameter[missing_param=" + CAST_TYPE + "]");
        }
        cast = cast.trim().toUpperCase(Locale.ROOT);
        if (!castTypes.contains(cast)) {
            String suffix = type.equals("INVERTED") ? "" : " for " + type + " index";
            throw profile.invalidParameter(
                    "json_cast_type " + flat.get(CAST_TYPE) + " is not supported" + suffix + ": invalid parameter");
        }
        String function = flat.get(CAST_FUNCTION);
        if (function != null) {
            String fn = function.trim().toUpperCase(Locale.ROOT);
            if (!fn.equals("STRING_TO_DOUBLE")) {
                throw profile.invalidParameter(
                        "json_cast_function " + function + " is not supported: invalid parameter");
            }
            if (!cast.equals("DOUBLE")) {
                throw profile.invalidParameter("json_cast_function " + function
                        + " is not supported for json_cast_type " + cast + ": invalid parameter");
            }
            flat.put(CAST_FUNCTION, fn);
        }
        String path = flat.getOrDefault(PATH, indexed);
        pointer(profile, indexed, path);
        flat.put("index_type", type);
        flat.put(CAST_TYPE, cast);
        flat.put(PATH, path);
        return flat;
    }

    /**
     * The name Milvus gives a JSON path index the request leaves unnamed: the indexed name and the
     * path's JSON pointer, behind {@code $meta/} for a key of the dynamic field (Milvus's own test
     * {@code test_milvus_client_json_path_index_default} describes {@code $meta/my_json/a/b}).
     */
    static String defaultName(
            LifecycleProfile profile, String indexed, boolean dynamicKey, Map<String, String> checked) {
        return (dynamicKey ? DYNAMIC_PREFIX : "") + indexed + pointer(profile, indexed, checked.get(PATH));
    }

    /**
     * The JSON pointer of {@code path} ({@code field['a'][0]['b']} → {@code /a/0/b}; the field alone
     * → empty), keys escaped as RFC 6901 does ({@code ~} → {@code ~0}, {@code /} → {@code ~1}). A path
     * that is not the field's name followed by {@code ['key']} or {@code [n]} steps is refused with
     * code 65535, as Milvus's expression parser refuses it ({@code cannot parse identifier: 1} for a
     * number, ANTLR's {@code mismatched input '/'} for a path that does not start with a name).
     */
    static String pointer(LifecycleProfile profile, String indexed, String path) {
        String p = path.trim();
        int i = 0;
        while (i < p.length() && (Character.isLetterOrDigit(p.charAt(i)) || p.charAt(i) == '_' || p.charAt(i) == '$')) {
            i++;
        }
        String head = p.substring(0, i);
        if (head.isEmpty()) {
            String token = p.isEmpty() ? "<EOF>" : p.substring(0, 1);
            throw profile.unexpected("line 1:0 mismatched input '" + token + "' expecting an identifier");
        }
        if (!Character.isLetter(head.charAt(0)) && head.charAt(0) != '_' && head.charAt(0) != '$') {
            throw profile.unexpected("cannot parse identifier: " + p);
        }
        if (!head.equals(indexed)) {
            throw profile.invalidParameter(
                    "json_path " + p + " must start with the name of the indexed field " + indexed);
        }
        StringBuilder out = new StringBuilder();
        while (i < p.length()) {
            if (p.charAt(i) != '[') {
                throw profile.unexpected("cannot parse identifier: " + p);
            }
            int close = p.indexOf(']', i);
            if (close < 0) {
                throw profile.unexpected("cannot parse identifier: " + p);
            }
            String step = p.substring(i + 1, close).trim();
            String key;
            if (step.length() >= 2
                    && (step.charAt(0) == '\'' || step.charAt(0) == '"')
                    && step.charAt(step.length() - 1) == step.charAt(0)) {
                key = step.substring(1, step.length() - 1);
            } else if (step.matches("\\d+")) {
                key = step;
            } else {
                throw profile.unexpected("cannot parse identifier: " + p);
            }
            out.append('/').append(key.replace("~", "~0").replace("/", "~1"));
            i = close + 1;
        }
        return out.toString();
    }
}
