package io.partita.server.storage;

/**
 * Joins the CRC32C values of two adjacent byte ranges into the CRC32C of their concatenation, so a
 * column can be checksummed in parallel pieces and still be checked against the one checksum its
 * segment header stores. This is the GF(2) matrix method (shift {@code crc1} over {@code len2}
 * zero bytes by repeated squaring of the one-zero-bit operator, then xor {@code crc2}), with the
 * Castagnoli polynomial reflected (0x82F63B78); it works on finished values as {@link
 * java.util.zip.CRC32C#getValue()} returns them. Cost: O(log len2) 32×32 bit-matrix products.
 */
final class Crc32cCombine {
    private static final int POLY_REFLECTED = 0x82F63B78;

    private Crc32cCombine() {}

    /** The CRC32C of A followed by B, given {@code crc1} = crc(A), {@code crc2} = crc(B), len2 = |B|. */
    static int combine(int crc1, int crc2, long len2) {
        if (len2 <= 0) {
            return crc1;
        }
        int[] even = new int[32]; // operator for 2^k zero bits, k even
        int[] odd = new int[32]; // and for the odd powers
        odd[0] = POLY_REFLECTED; // one zero bit
        int row = 1;
        for (int n = 1; n < 32; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd); // two zero bits
        square(odd, even); // four zero bits
        int crc = crc1;
        long len = len2;
        do {
            square(even, odd); // first pass: one zero byte
            if ((len & 1) != 0) {
                crc = times(even, crc);
            }
            len >>>= 1;
            if (len == 0) {
                break;
            }
            square(odd, even);
            if ((len & 1) != 0) {
                crc = times(odd, crc);
            }
            len >>>= 1;
        } while (len != 0);
        return crc ^ crc2;
    }

    private static int times(int[] mat, int vec) {
        int sum = 0;
        for (int i = 0; vec != 0; i++, vec >>>= 1) {
            if ((vec & 1) != 0) {
                sum ^= mat[i];
            }
        }
        return sum;
    }

    private static void square(int[] square, int[] mat) {
        for (int n = 0; n < 32; n++) {
            square[n] = times(mat, mat[n]);
        }
    }
}
