package io.partita.server;

import java.util.Locale;

/** Parses memory sizes written for humans: {@code 1073741824}, {@code 512m}, {@code 2g}, {@code 64KB}. */
public final class ByteSizes {
    private ByteSizes() {}

    /**
     * Parses a size: a positive whole number, optionally followed by {@code k}, {@code m},
     * {@code g} or {@code t} (powers of 1024, case-insensitive, optionally followed by {@code b}).
     *
     * @return the size in bytes
     * @throws IllegalArgumentException naming the value when it is malformed, not positive or overflows
     */
    public static long parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.endsWith("b")) {
            t = t.substring(0, t.length() - 1);
        }
        int shift = 0;
        if (!t.isEmpty()) {
            switch (t.charAt(t.length() - 1)) {
                case 'k' -> shift = 10;
                case 'm' -> shift = 20;
                case 'g' -> shift = 30;
                case 't' -> shift = 40;
                default -> shift = -1;
            }
            if (shift >= 0) {
                t = t.substring(0, t.length() - 1);
            } else {
                shift = 0;
            }
        }
        long n;
        try {
            n = Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a memory size (examples: 2g, 512m, 1073741824)");
        }
        if (n <= 0) {
            throw new IllegalArgumentException("memory size must be positive, got '" + text + "'");
        }
        if (n > (Long.MAX_VALUE >> shift)) {
            throw new IllegalArgumentException("memory size '" + text + "' is too large");
        }
        return n << shift;
    }
}
