package io.partita.differential;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Replaces the server-assigned collection and partition ids the scenario has learned with stable
 * names ({@code <id:book>}, {@code <id:novel>}), so reasons from two servers that number things
 * differently can be compared as text. Not thread-safe; one per scenario run.
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
        return out;
    }
}
