package io.partita.server.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text rules of TIMESTAMPTZ values, as Milvus 2.6 reads and writes them (read in
 * milvus-io/milvus pkg/util/timestamptz {@code ParseTimeTz} and
 * {@code FormatTimeMicroWithoutTrailingZeros}): ISO 8601 with a {@code T} or a space between date
 * and time, optional fractional seconds, an offset ({@code Z}, {@code +08:00}; after a space also
 * {@code +08}) within [-12, +14] hours, or none (a naive time, read in the collection's time zone,
 * {@code timezone} property, default UTC). Values are held as microseconds since the epoch, UTC,
 * and answered in UTC as {@code 2024-12-31T16:00:00Z} (fraction to the microsecond, trailing zeros
 * dropped).
 */
public final class Timestamps {
    /** The collection (or database) property naming the time zone of naive times (Milvus's {@code common.TimezoneKey}). */
    public static final String TIMEZONE_PROPERTY = "timezone";

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})([T ])(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?(Z|[+-]\\d{2}(?::\\d{2})?)?");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final int MIN_OFFSET_HOURS = -12;
    private static final int MAX_OFFSET_HOURS = 14;

    private Timestamps() {}

    /**
     * Microseconds since the epoch (UTC) of {@code text}; a naive time is read in {@code zone}.
     *
     * @throws IllegalArgumentException with Milvus's text when the string fits no format or its
     *     offset is out of range
     */
    public static long parse(String text, ZoneId zone) {
        Matcher m = text == null ? null : ISO.matcher(text);
        if (m == null || !m.matches()) {
            throw notAFormat(text);
        }
        String offset = m.group(9);
        if (offset != null && offset.length() == 3 && m.group(4).equals("T")) {
            throw notAFormat(text); // a short offset (+08) only in the space-separated form
        }
        LocalDateTime local;
        try {
            String fraction = m.group(8) == null ? "" : m.group(8);
            int nanos = fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
            local = LocalDateTime.of(
                    Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(5)),
                    Integer.parseInt(m.group(6)),
                    Integer.parseInt(m.group(7)),
                    nanos);
        } catch (DateTimeException e) {
            throw notAFormat(text);
        }
        Instant at;
        if (offset == null) {
            at = local.atZone(zone).toInstant();
        } else if (offset.equals("Z")) {
            at = local.toInstant(ZoneOffset.UTC);
        } else {
            int sign = offset.charAt(0) == '-' ? -1 : 1;
            int hours = Integer.parseInt(offset.substring(1, 3));
            int minutes = offset.length() > 3 ? Integer.parseInt(offset.substring(4, 6)) : 0;
            int seconds = sign * (hours * 3600 + minutes * 60);
            if (minutes > 59 || seconds > MAX_OFFSET_HOURS * 3600 || seconds < MIN_OFFSET_HOURS * 3600) {
                // validateOffset's text (Go's integer division of the offset's seconds)
                throw new IllegalArgumentException("UTC offset hour " + seconds / 3600 + " is out of the valid range ["
                        + MIN_OFFSET_HOURS + ", " + MAX_OFFSET_HOURS + "]");
            }
            at = local.toInstant(ZoneOffset.ofTotalSeconds(seconds));
        }
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1000);
    }

    /** {@code micros} (since the epoch, UTC) as Milvus answers it: {@code 2024-12-31T16:00:00.5Z}. */
    public static String format(long micros) {
        long seconds = Math.floorDiv(micros, 1_000_000L);
        int fraction = (int) Math.floorMod(micros, 1_000_000L);
        StringBuilder b = new StringBuilder(SECONDS.format(LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC)));
        if (fraction != 0) {
            String digits = String.format("%06d", fraction);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            b.append('.').append(digits, 0, end);
        }
        return b.append('Z').toString();
    }

    /**
     * The zone a {@code timezone} property names (an IANA name such as {@code Asia/Shanghai}, or
     * {@code UTC}); null for null.
     *
     * @throws IllegalArgumentException with Milvus's text for an unknown name
     */
    public static ZoneId zone(String name) {
        if (name == null) {
            return null;
        }
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("invalid default timezone string '" + name + "'");
        }
    }

    private static IllegalArgumentException notAFormat(String text) {
        return new IllegalArgumentException(
                "invalid timestamp string: '" + text + "'. Does not match any known format");
    }
}
