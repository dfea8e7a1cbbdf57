package io.partita.server.expr;

/** Exact comparison of a 64-bit integer with a double, without rounding the integer. */
final class NumericCompare {
    private static final double TWO_POW_63 = 9.223372036854775808E18;

    private NumericCompare() {}

    /**
     * Compares {@code a} with {@code b} exactly; {@code b} must not be NaN.
     *
     * @return negative, zero or positive as {@code a} is less than, equal to or greater than {@code b}
     */
    static int compare(long a, double b) {
        if (b >= TWO_POW_63) {
            return -1;
        }
        if (b < -TWO_POW_63) {
            return 1;
        }
        double floor = Math.floor(b);
        long whole = (long) floor; // exact: floor is integral and inside the long range
        int byWhole = Long.compare(a, whole);
        if (byWhole != 0) {
            return byWhole;
        }
        return floor == b ? 0 : -1;
    }
}
