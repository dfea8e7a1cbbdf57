package io.partita.cli;

import java.util.Locale;

/** Byte counts for people: binary units (KiB, MiB, GiB, TiB) with one decimal, as {@code free -h} prints them. */
final class ByteUnits {
    private static final String[] UNITS = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    private ByteUnits() {}

    /** {@code 1536} → {@code "1.5 KiB"}; under 1 KiB → {@code "512 B"}. */
    static String human(long bytes) {
        if (Math.abs(bytes) < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = -1;
        while (Math.abs(value) >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }
}
