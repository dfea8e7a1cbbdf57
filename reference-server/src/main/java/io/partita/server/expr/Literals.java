package io.partita.server.expr;

import java.math.BigInteger;

/** Turns literal tokens into values: integers (decimal, 0 octal, 0x hex, 0b binary), doubles, strings. */
final class Literals {
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger LONG_MIN_MAGNITUDE = LONG_MAX.add(BigInteger.ONE);

    private Literals() {}

    /**
     * The value of an integer token, negated when {@code negative}; the magnitude 2^63 is
     * accepted only when negated.
     */
    static long integer(String text, boolean negative, int column) {
        BigInteger magnitude;
        if (text.length() > 1 && (text.charAt(1) == 'x' || text.charAt(1) == 'X')) {
            magnitude = new BigInteger(text.substring(2), 16);
        } else if (text.length() > 1 && (text.charAt(1) == 'b' || text.charAt(1) == 'B')) {
            magnitude = new BigInteger(text.substring(2), 2);
        } else if (text.length() > 1 && text.charAt(0) == '0') {
            magnitude = new BigInteger(text.substring(1), 8);
        } else {
            magnitude = new BigInteger(text);
        }
        BigInteger limit = negative ? LONG_MIN_MAGNITUDE : LONG_MAX;
        if (magnitude.compareTo(limit) > 0) {
            throw new ExpressionException(
                    "integer " + (negative ? "-" : "") + text + " is out of the 64-bit range at column " + column,
                    column);
        }
        return negative ? magnitude.negate().longValue() : magnitude.longValue();
    }

    static double floating(String text, int column) {
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            throw new ExpressionException("number " + text + " is out of the double range at column " + column, column);
        }
        return value;
    }

    /**
     * The value of a quoted string token. Escapes: {@code \" \' \\ \n \t \r \b \f \v \a \?},
     * octal {@code \ooo}, {@code \xHH}, {@code \}{@code uXXXX}, {@code \UXXXXXXXX}; a backslash
     * before any other character is kept with it (so {@code "50\%"} reaches LIKE as {@code 50\%}).
     */
    static String string(String token, int column) {
        StringBuilder out = new StringBuilder(token.length());
        int end = token.length() - 1;
        for (int i = 1; i < end; i++) {
            char c = token.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = token.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'v' -> out.append('\u000B');
                case 'a' -> out.append('\u0007');
                case '"', '\'', '\\', '?' -> out.append(e);
                case 'x' -> i = appendCode(token, i + 1, end, 2, 16, out, column) - 1;
                case 'u' -> i = appendCode(token, i + 1, end, 4, 16, out, column) - 1;
                case 'U' -> i = appendCode(token, i + 1, end, 8, 16, out, column) - 1;
                default -> {
                    if (e >= '0' && e <= '7') {
                        i = appendCode(token, i, end, 3, 8, out, column) - 1;
                    } else {
                        out.append('\\').append(e);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Appends the code point spelled by up to {@code maxDigits} digits at {@code from}; returns the index after them. */
    private static int appendCode(
            String token, int from, int end, int maxDigits, int radix, StringBuilder out, int column) {
        int i = from;
        while (i < end && i - from < maxDigits && Character.digit(token.charAt(i), radix) >= 0) {
            i++;
        }
        int required = radix == 8 ? 1 : maxDigits == 2 ? 1 : maxDigits;
        if (i - from < required) {
            throw new ExpressionException(
                    "bad escape sequence in string literal " + token + " at column " + column, column);
        }
        long code = Long.parseLong(token.substring(from, i), radix);
        if (code > Character.MAX_CODE_POINT) {
            throw new ExpressionException(
                    "escape sequence beyond Unicode in string literal " + token + " at column " + column, column);
        }
        out.appendCodePoint((int) code);
        return i;
    }
}
