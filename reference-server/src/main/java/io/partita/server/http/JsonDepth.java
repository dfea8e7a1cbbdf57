package io.partita.server.http;

/**
 * Refuses JSON nested deeper than {@link #MAX_DEPTH} before any recursive parser sees it: Gson
 * and protobuf's JSON parser both recurse once per level, so a body of 20,000 {@code [} would
 * otherwise end in a {@code StackOverflowError}. One linear pass, no allocation; strings (with
 * their escapes) are skipped so brackets inside them do not count. Stateless.
 */
final class JsonDepth {
    /**
     * Deepest nesting accepted: protobuf's {@code JsonFormat} parser stops at 100 levels too, and
     * no request message of the API nests more than a handful.
     */
    static final int MAX_DEPTH = 100;

    private JsonDepth() {}

    /** @throws BadRequestException naming the offset where {@link #MAX_DEPTH} was passed */
    static void check(String text) throws BadRequestException {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++; // the escaped character cannot end the string
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            switch (c) {
                case '"' -> inString = true;
                case '[', '{' -> {
                    if (++depth > MAX_DEPTH) {
                        throw new BadRequestException(
                                "parse body failed: JSON nested deeper than " + MAX_DEPTH + " levels at offset " + i);
                    }
                }
                case ']', '}' -> depth--;
                default -> {}
            }
        }
    }
}
