package io.partita.server.lifecycle;

import java.util.Collection;
import java.util.stream.Collectors;

/** Formats values the way Milvus's Go code prints them with {@code %v}. */
public final class GoFormat {
    private GoFormat() {}

    /** A list as {@code [a b c]}; numbers sorted when given a set. */
    public static String list(Collection<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(" ", "[", "]"));
    }
}
