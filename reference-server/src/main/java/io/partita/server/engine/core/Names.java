package io.partita.server.engine.core;

import io.partita.server.lifecycle.LifecycleProfile;

/** Validation of collection, partition, alias and field names (SEMANTICS.md "Names"). */
final class Names {
    static final int MAX_LENGTH = 255;

    private Names() {}

    /**
     * The one place a name is trimmed: clients may pad names with spaces, and Milvus compares
     * names trimmed. A null name counts as empty.
     */
    static String trimmed(String raw) {
        return raw == null ? "" : raw.trim();
    }

    /** Trims and validates; {@code kind} is "collection", "partition", "alias" or "field". */
    static String check(LifecycleProfile profile, String kind, String raw) {
        String name = trimmed(raw);
        String invalid = "Invalid " + kind + " name: " + name + ". ";
        String cap = Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
        if (name.isEmpty()) {
            // validatePartitionTag's wording (internal/proxy/util.go), which the SDK's ParamUtils gives too
            throw profile.invalidParameter(profile.invalidName(kind, invalid, cap + " name should not be empty."));
        }
        if (name.length() > MAX_LENGTH) {
            throw profile.invalidParameter(profile.invalidName(
                    kind,
                    invalid,
                    "The length of a " + kind + " name must be less than " + MAX_LENGTH + " characters."));
        }
        char first = name.charAt(0);
        if (first != '_' && !isAlpha(first)) {
            throw profile.invalidParameter(profile.invalidName(
                    kind, invalid, "The first character of a " + kind + " name must be an underscore or letter."));
        }
        boolean dollar = profile.allowsDollarInNames();
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '_' && !isAlpha(c) && !(c >= '0' && c <= '9') && !(dollar && c == '$')) {
                throw profile.invalidParameter(profile.invalidName(
                        kind,
                        invalid,
                        cap + " name can only contain numbers, letters" + (dollar ? ", dollars" : "")
                                + " and underscores."));
            }
        }
        return name;
    }

    /** {@link #check} when the profile validates names before looking them up; else nothing. */
    static void checkBeforeLookup(LifecycleProfile profile, String kind, String raw) {
        if (profile.validatesNamesBeforeLookup()) {
            check(profile, kind, raw);
        }
    }

    private static boolean isAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
