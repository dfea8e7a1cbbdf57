package io.partita.server.search;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.BitSet;

/**
 * Distances between binary vectors ({@code dim / 8} bytes a row, the wire's bit order), a
 * popcount over 64-bit words ({@link Long#bitCount}, one instruction on x86-64 and AArch64) with
 * the bytes past the last whole word counted one at a time. Keys are smaller-is-better:
 * HAMMING the differing bits, JACCARD {@code 1 - |q∧x| / |q∨x|}, SUBSTRUCTURE and SUPERSTRUCTURE
 * 0 for a match and {@link #NO_MATCH} otherwise (never offered to a heap).
 */
public final class BinaryKernel {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** The key of a row a structure metric does not match. */
    public static final float NO_MATCH = Float.POSITIVE_INFINITY;

    private BinaryKernel() {}

    /** Differing bits of {@code a[ao..ao+n)} and {@code b[bo..bo+n)}. */
    public static int hamming(byte[] a, int ao, byte[] b, int bo, int n) {
        int d = 0;
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            d += Long.bitCount((long) LONGS.get(a, ao + i) ^ (long) LONGS.get(b, bo + i));
        }
        for (; i < n; i++) {
            d += Integer.bitCount((a[ao + i] ^ b[bo + i]) & 0xff);
        }
        return d;
    }

    /** Jaccard distance {@code 1 - |a∧b| / |a∨b|}; 0 when both are all zeros. */
    public static float jaccard(byte[] a, int ao, byte[] b, int bo, int n) {
        int and = 0;
        int or = 0;
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            long x = (long) LONGS.get(a, ao + i);
            long y = (long) LONGS.get(b, bo + i);
            and += Long.bitCount(x & y);
            or += Long.bitCount(x | y);
        }
        for (; i < n; i++) {
            int x = a[ao + i] & 0xff;
            int y = b[bo + i] & 0xff;
            and += Integer.bitCount(x & y);
            or += Integer.bitCount(x | y);
        }
        return or == 0 ? 0f : 1f - (float) and / or;
    }

    /** True when every bit of {@code sub} is set in {@code sup}: {@code (sub ∧ sup) == sub}. */
    public static boolean contains(byte[] sup, int so, byte[] sub, int bo, int n) {
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            long x = (long) LONGS.get(sub, bo + i);
            if ((x & (long) LONGS.get(sup, so + i)) != x) {
                return false;
            }
        }
        for (; i < n; i++) {
            if ((sub[bo + i] & ~sup[so + i]) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The key of query {@code q[qo..]} and row {@code x[xo..]}, {@code n} bytes each. */
    public static float key(Metric metric, byte[] q, int qo, byte[] x, int xo, int n) {
        return switch (metric) {
            case HAMMING -> hamming(q, qo, x, xo, n);
            case JACCARD -> jaccard(q, qo, x, xo, n);
            case SUBSTRUCTURE -> contains(x, xo, q, qo, n) ? 0f : NO_MATCH;
            case SUPERSTRUCTURE -> contains(q, qo, x, xo, n) ? 0f : NO_MATCH;
            default -> throw new IllegalArgumentException(metric + " does not compare binary vectors");
        };
    }

    /**
     * Offers every row of {@code [from, to)} not in {@code excluded} to each query's heap, refs
     * {@code refBase | row}; {@code n} bytes a row.
     */
    public static void scan(
            Metric metric,
            byte[] queries,
            byte[] vectors,
            int n,
            int from,
            int to,
            BitSet excluded,
            TopK[] heaps,
            long refBase) {
        for (int r = from; r < to; r++) {
            if (excluded != null && excluded.get(r)) {
                continue;
            }
            int xo = r * n;
            for (int qi = 0; qi < heaps.length; qi++) {
                float key = key(metric, queries, qi * n, vectors, xo, n);
                if (key != NO_MATCH && key <= heaps[qi].threshold()) {
                    heaps[qi].offer(key, refBase | r);
                }
            }
        }
    }
}
