package io.partita.server.model;

import java.math.BigDecimal;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Locale;

/**
 * The text rules of GEOMETRY values: OGC Well-Known Text of the seven simple-feature types
 * (POINT, LINESTRING, POLYGON, MULTIPOINT, MULTILINESTRING, MULTIPOLYGON, GEOMETRYCOLLECTION, with
 * optional Z/M/ZM and EMPTY), checked for syntax only and written back in one normal form
 * ({@code POINT (1 2)}: upper-case tag, one space before each parenthesis list, {@code ", "} between
 * items), as Milvus answers geometries it stored as WKB. Well-Known Binary input (the
 * {@code geometry_data} column form) is read into the same text. No geometric predicate lives
 * here: spatial filters are not served.
 */
public final class WellKnownText {
    private static final String[] TAGS = {
        "POINT", "LINESTRING", "POLYGON", "MULTIPOINT", "MULTILINESTRING", "MULTIPOLYGON", "GEOMETRYCOLLECTION"
    };

    private WellKnownText() {}

    /**
     * {@code wkt} in the normal form.
     *
     * @throws IllegalArgumentException naming what is wrong when it is not Well-Known Text
     */
    public static String normalize(String wkt) {
        if (wkt == null) {
            throw new IllegalArgumentException("empty WKT");
        }
        TextReader r = new TextReader(wkt);
        StringBuilder out = new StringBuilder(wkt.length());
        r.geometry(out);
        r.end();
        return out.toString();
    }

    /**
     * The normal-form WKT of a Well-Known Binary geometry (ISO or EWKB type codes, either byte
     * order).
     *
     * @throws IllegalArgumentException when the bytes are not a WKB geometry
     */
    public static String fromWkb(byte[] wkb) {
        ByteBuffer in = ByteBuffer.wrap(wkb);
        StringBuilder out = new StringBuilder();
        try {
            BinaryReader.geometry(in, out);
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException("truncated WKB geometry");
        }
        if (in.hasRemaining()) {
            throw new IllegalArgumentException("WKB geometry followed by " + in.remaining() + " more bytes");
        }
        return out.toString();
    }

    /** A recursive-descent reader of WKT that writes the normal form as it goes. */
    private static final class TextReader {
        private final String s;
        private int at;
        private int ordinates; // per coordinate, fixed by the first one (or the Z/M tag)

        TextReader(String s) {
            this.s = s;
        }

        void geometry(StringBuilder out) {
            String tag = word();
            int kind = -1;
            for (int i = 0; i < TAGS.length; i++) {
                if (TAGS[i].equals(tag)) {
                    kind = i;
                }
            }
            if (kind < 0) {
                throw fail("unknown geometry type '" + tag + "'");
            }
            out.append(tag);
            skipSpace();
            int mark = at;
            String dims = peekWord();
            if (dims.equals("Z") || dims.equals("M") || dims.equals("ZM")) {
                word();
                out.append(' ').append(dims);
                ordinates = dims.length() == 2 ? 4 : 3;
            } else {
                at = mark;
            }
            if (peekWord().equals("EMPTY")) {
                word();
                out.append(" EMPTY");
                return;
            }
            out.append(' ');
            switch (kind) {
                case 0 -> {
                    expect('(', out);
                    coordinate(out);
                    expect(')', out);
                }
                case 1 -> coordinates(out);
                case 2, 4 -> list(out, () -> coordinates(out));
                case 3 ->
                    list(out, () -> {
                        if (peek() == '(') {
                            expect('(', out);
                            coordinate(out);
                            expect(')', out);
                        } else {
                            coordinate(out);
                        }
                    });
                case 5 -> list(out, () -> list(out, () -> coordinates(out)));
                default ->
                    list(out, () -> {
                        int outer = ordinates;
                        ordinates = 0;
                        geometry(out);
                        ordinates = outer;
                    });
            }
        }

        private void coordinates(StringBuilder out) {
            list(out, () -> coordinate(out));
        }

        private void list(StringBuilder out, Runnable item) {
            expect('(', out);
            item.run();
            while (peek() == ',') {
                at++;
                out.append(", ");
                item.run();
            }
            expect(')', out);
        }

        private void coordinate(StringBuilder out) {
            int n = 0;
            while (true) {
                skipSpace();
                if (at >= s.length()
                        || !(Character.isLetterOrDigit(s.charAt(at)) || "+-.".indexOf(s.charAt(at)) >= 0)) {
                    break;
                }
                if (n > 0) {
                    out.append(' ');
                }
                out.append(number());
                n++;
            }
            if (n < 2 || n > 4) {
                throw fail("a coordinate needs 2 to 4 numbers, got " + n);
            }
            if (ordinates == 0) {
                ordinates = n;
            } else if (n != ordinates) {
                throw fail("a coordinate of " + n + " numbers among coordinates of " + ordinates);
            }
        }

        private String number() {
            int start = at;
            while (at < s.length() && (Character.isLetterOrDigit(s.charAt(at)) || "+-.".indexOf(s.charAt(at)) >= 0)) {
                at++;
            }
            String token = s.substring(start, at);
            try {
                double d = Double.parseDouble(token);
                if (!Double.isFinite(d) || token.matches(".*[a-df-zA-DF-Z].*")) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                throw fail("'" + token + "' is not a number");
            }
            return token.startsWith("+") ? token.substring(1) : token;
        }

        private void expect(char c, StringBuilder out) {
            if (peek() != c) {
                throw fail("expected '" + c + "'");
            }
            at++;
            out.append(c);
        }

        private char peek() {
            skipSpace();
            return at < s.length() ? s.charAt(at) : 0;
        }

        private String peekWord() {
            int mark = at;
            String w = word();
            at = mark;
            return w;
        }

        private String word() {
            skipSpace();
            int start = at;
            while (at < s.length() && Character.isLetter(s.charAt(at))) {
                at++;
            }
            return s.substring(start, at).toUpperCase(Locale.ROOT);
        }

        private void skipSpace() {
            while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
                at++;
            }
        }

        void end() {
            skipSpace();
            if (at < s.length()) {
                throw fail("unexpected text after the geometry");
            }
        }

        private IllegalArgumentException fail(String what) {
            return new IllegalArgumentException(what + " at position " + (at + 1));
        }
    }

    /** Reads WKB, writing the normal-form WKT. */
    private static final class BinaryReader {
        private BinaryReader() {}

        static void geometry(ByteBuffer in, StringBuilder out) {
            in.order(in.get() == 0 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
            int code = in.getInt();
            boolean z = (code & 0x80000000) != 0;
            boolean m = (code & 0x40000000) != 0;
            if ((code & 0x20000000) != 0) {
                in.getInt(); // EWKB SRID
            }
            code &= 0x0FFFFFFF;
            int iso = code / 1000;
            z |= iso == 1 || iso == 3;
            m |= iso == 2 || iso == 3;
            int kind = code % 1000;
            if (kind < 1 || kind > TAGS.length) {
                throw new IllegalArgumentException("unknown WKB geometry type " + code);
            }
            int ordinates = 2 + (z ? 1 : 0) + (m ? 1 : 0);
            out.append(TAGS[kind - 1]);
            if (z || m) {
                out.append(' ').append(z && m ? "ZM" : z ? "Z" : "M");
            }
            if (kind == 1) {
                double[] p = new double[ordinates];
                for (int i = 0; i < ordinates; i++) {
                    p[i] = in.getDouble();
                }
                if (Double.isNaN(p[0]) && Double.isNaN(p[1])) {
                    out.append(" EMPTY");
                    return;
                }
                out.append(" (");
                point(p, out);
                out.append(')');
                return;
            }
            int n = count(in);
            if (n == 0) {
                out.append(" EMPTY");
                return;
            }
            out.append(" (");
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    out.append(", ");
                }
                switch (kind) {
                    case 2 -> point(in, ordinates, out);
                    case 3 -> ring(in, ordinates, out);
                    default -> {
                        // members of a multi geometry or collection are whole WKB geometries
                        StringBuilder member = new StringBuilder();
                        geometry(in, member);
                        String text = member.toString();
                        int list = text.indexOf('(');
                        out.append(kind == 7 ? text : list < 0 ? "EMPTY" : text.substring(list));
                    }
                }
            }
            out.append(')');
        }

        private static void ring(ByteBuffer in, int ordinates, StringBuilder out) {
            int n = count(in);
            out.append('(');
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    out.append(", ");
                }
                point(in, ordinates, out);
            }
            out.append(')');
        }

        private static void point(ByteBuffer in, int ordinates, StringBuilder out) {
            double[] p = new double[ordinates];
            for (int i = 0; i < ordinates; i++) {
                p[i] = in.getDouble();
            }
            point(p, out);
        }

        private static void point(double[] p, StringBuilder out) {
            for (int i = 0; i < p.length; i++) {
                if (!Double.isFinite(p[i])) {
                    throw new IllegalArgumentException("a WKB coordinate is not a finite number");
                }
                if (i > 0) {
                    out.append(' ');
                }
                out.append(BigDecimal.valueOf(p[i]).stripTrailingZeros().toPlainString());
            }
        }

        private static int count(ByteBuffer in) {
            int n = in.getInt();
            if (n < 0 || (long) n > in.remaining()) {
                throw new IllegalArgumentException(
                        "a WKB count of " + Integer.toUnsignedString(n) + " exceeds the data");
            }
            return n;
        }
    }
}
