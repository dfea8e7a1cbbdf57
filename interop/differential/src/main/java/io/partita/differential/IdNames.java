package io.partita.differential;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Replaces the server-assigned collection and partition ids the scenario has learned with stable
 * names ({@code <id:book>}, {@code <id:novel>}), and the run-dependent numbers of a DML channel
 * name ({@code by-dev-rootcoord-dml_9_<id:book>v1} becomes {@code by-dev-rootcoord-dml_<n>_<id:book>v<n>}),
 * so reasons from two servers, or two runs, that number things differently can be compared as
 * text. Not thread-safe; one per scenario run.
 */
final class IdNames {
    private final Map<Long, String> names = new LinkedHashMap<>();

    /** Remembers that {@code id} stands for {@code name}. */
    void learn(long id, String name) {
        if (id > 0) {
            names.put(id, "<id:" + name + ">");
        }
    }

    /** @return {@code text} with every learned id (as a whole number) replaced by its name; "" for null */
    String apply(String text) {
        if (text == null) {
            return "";
        }
        String out = text;
        for (Map.Entry<Long, String> e : names.entrySet()) {
            out = out.replaceAll("(?<![0-9])" + e.getKey() + "(?![0-9])", e.getValue());
        }
        return out.replaceAll("(-dml_)[0-9]+(_\\S*?v)[0-9]+", "$1<n>$2<n>");
    }
}
