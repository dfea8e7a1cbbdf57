package io.partita.server.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The SIMD kernel and the scalar fallback agree, and the tests really run the SIMD one. */
class KernelAgreementTest {
    @Test
    void testsRunWithTheVectorModuleSoTheSimdKernelIsChosen() {
        assertThat(Kernels.vectorModulePresent())
                .as("surefire's argLine adds jdk.incubator.vector")
                .isTrue();
        assertThat(Kernels.kernelName()).startsWith("simd-");
    }

    @Test
    void simdAndScalarAgreeOnEveryMetricAndOddDimensions() {
        DistanceKernel simd = Kernels.active();
        DistanceKernel scalar = Kernels.scalar();
        assertThat(simd).isNotSameAs(scalar);
        Random rnd = new Random(11);
        for (int dim : new int[] {1, 3, 7, 8, 15, 16, 17, 31, 33, 64, 100, 128, 131, 768}) {
            float[] a = new float[dim + 5];
            float[] b = new float[dim + 9];
            for (int i = 0; i < a.length; i++) {
                a[i] = (float) rnd.nextGaussian();
            }
            for (int i = 0; i < b.length; i++) {
                b[i] = (float) rnd.nextGaussian();
            }
            float dotSimd = simd.dot(a, 5, b, 9, dim);
            float dotScalar = scalar.dot(a, 5, b, 9, dim);
            double dotExact = 0;
            double l2Exact = 0;
            for (int i = 0; i < dim; i++) {
                dotExact += (double) a[5 + i] * b[9 + i];
                double d = (double) a[5 + i] - b[9 + i];
                l2Exact += d * d;
            }
            float tol = 1e-4f * (float) Math.max(1, Math.sqrt(dim) * 4);
            assertThat(dotSimd).as("dot, dim %d", dim).isCloseTo(dotScalar, within(tol));
            assertThat((double) dotSimd).as("dot vs exact, dim %d", dim).isCloseTo(dotExact, within((double) tol));
            float l2Simd = simd.l2(a, 5, b, 9, dim);
            assertThat(l2Simd).as("l2, dim %d", dim).isCloseTo(scalar.l2(a, 5, b, 9, dim), within(tol));
            assertThat((double) l2Simd).as("l2 vs exact, dim %d", dim).isCloseTo(l2Exact, within((double) tol));
        }
    }

    /**
     * A memory-mapped column's rows (little-endian bytes, read in place) score exactly as the same
     * values in an array, on both kernels, at offsets and dimensions that are not multiples of a vector.
     */
    @Test
    void mappedRowsScoreWithTheBitsOfTheSameValuesInAnArray() {
        Random rnd = new Random(13);
        for (DistanceKernel kernel : new DistanceKernel[] {Kernels.active(), Kernels.scalar()}) {
            for (int dim : new int[] {1, 3, 7, 8, 15, 16, 17, 31, 33, 64, 100, 128, 131, 768}) {
                float[] q = new float[dim + 3];
                float[] x = new float[dim + 6];
                for (int i = 0; i < q.length; i++) {
                    q[i] = (float) rnd.nextGaussian();
                }
                java.nio.ByteBuffer mapped =
                        java.nio.ByteBuffer.allocateDirect(4 * x.length + 2).order(java.nio.ByteOrder.LITTLE_ENDIAN);
                for (int i = 0; i < x.length; i++) {
                    x[i] = (float) rnd.nextGaussian();
                    mapped.putFloat(2 + 4 * i, x[i]); // two bytes in: reads that are not 4-byte aligned
                }
                assertThat(kernel.dot(q, 3, mapped, 2 + 4 * 6, dim))
                        .as("%s dot, dim %d", kernel.name(), dim)
                        .isEqualTo(kernel.dot(q, 3, x, 6, dim));
                assertThat(kernel.l2(q, 3, mapped, 2 + 4 * 6, dim))
                        .as("%s l2, dim %d", kernel.name(), dim)
                        .isEqualTo(kernel.l2(q, 3, x, 6, dim));
            }
        }
    }

    /**
     * The many-rows path (graph and list scoring) gives exactly the bits of the one-pair path
     * (the exact scan), on both kernels, for row counts that are and are not multiples of four.
     */
    @Test
    void scoringManyRowsAtOnceGivesTheBitsOfScoringEachPair() {
        Random rnd = new Random(12);
        for (DistanceKernel kernel : new DistanceKernel[] {Kernels.active(), Kernels.scalar()}) {
            for (int dim : new int[] {1, 7, 16, 17, 31, 32, 33, 48, 100, 128, 131, 768}) {
                int rows = 23;
                float[] x = new float[rows * dim];
                float[] q = new float[dim + 3];
                for (int i = 0; i < x.length; i++) {
                    x[i] = (float) rnd.nextGaussian();
                }
                for (int i = 0; i < q.length; i++) {
                    q[i] = (float) rnd.nextGaussian();
                }
                for (int n : new int[] {0, 1, 4, 7, 13}) {
                    int[] ids = new int[n];
                    for (int i = 0; i < n; i++) {
                        ids[i] = rnd.nextInt(rows);
                    }
                    float[] l2 = new float[n];
                    float[] dot = new float[n];
                    kernel.l2Rows(q, 3, x, ids, 0, n, dim, l2);
                    kernel.dotRows(q, 3, x, ids, 0, n, dim, dot);
                    for (int i = 0; i < n; i++) {
                        assertThat(l2[i])
                                .as("%s l2, dim %d, row %d of %d", kernel.name(), dim, i, n)
                                .isEqualTo(kernel.l2(q, 3, x, ids[i] * dim, dim));
                        assertThat(dot[i])
                                .as("%s dot, dim %d, row %d of %d", kernel.name(), dim, i, n)
                                .isEqualTo(kernel.dot(q, 3, x, ids[i] * dim, dim));
                    }
                }
            }
        }
    }

    /** The SQ8 code loops (bytes widened as unsigned) agree with the scalar ones and with the decoded vector. */
    @Test
    void sq8CodeScoresAgreeOnBothKernels() {
        DistanceKernel simd = Kernels.active();
        DistanceKernel scalar = Kernels.scalar();
        Random rnd = new Random(13);
        for (int dim : new int[] {1, 15, 16, 17, 32, 33, 100, 128, 131}) {
            byte[] codes = new byte[dim + 7];
            rnd.nextBytes(codes);
            float[] a = new float[dim];
            float[] step = new float[dim];
            for (int d = 0; d < dim; d++) {
                a[d] = (float) rnd.nextGaussian() * 3;
                step[d] = rnd.nextFloat() / 64;
            }
            double l2 = 0;
            double dot = 0;
            for (int d = 0; d < dim; d++) {
                double x = (codes[7 + d] & 0xff) * (double) step[d];
                l2 += (a[d] - x) * (a[d] - x);
                dot += a[d] * (double) (codes[7 + d] & 0xff);
            }
            float tol = 1e-4f * (float) Math.max(1, Math.abs(dot));
            assertThat((double) simd.sq8L2(a, step, codes, 7, dim))
                    .as("sq8 l2, dim %d", dim)
                    .isCloseTo(l2, within(1e-3 * Math.max(1, l2)));
            assertThat(scalar.sq8L2(a, step, codes, 7, dim))
                    .isCloseTo(simd.sq8L2(a, step, codes, 7, dim), within((float) (1e-4 * Math.max(1, l2))));
            assertThat((double) simd.sq8Dot(a, codes, 7, dim))
                    .as("sq8 dot, dim %d", dim)
                    .isCloseTo(dot, within((double) tol));
            assertThat(scalar.sq8Dot(a, codes, 7, dim)).isCloseTo(simd.sq8Dot(a, codes, 7, dim), within(tol));
        }
    }

    /** The PQ lookup table (many sub-centroids per instruction) agrees with the scalar one on both metrics. */
    @Test
    void pqTablesAgreeOnBothKernels() {
        Random rnd = new Random(14);
        for (int ksub : new int[] {2, 16, 17, 256}) {
            for (int dsub : new int[] {1, 4, 8, 9}) {
                float[] book = new float[3 + dsub * ksub];
                float[] q = new float[5 + dsub];
                for (int i = 0; i < book.length; i++) {
                    book[i] = (float) rnd.nextGaussian();
                }
                for (int i = 0; i < q.length; i++) {
                    q[i] = (float) rnd.nextGaussian();
                }
                for (boolean l2 : new boolean[] {true, false}) {
                    float[] simd = new float[ksub + 2];
                    float[] scalar = new float[ksub + 2];
                    Kernels.active().pqTable(q, 5, book, 3, dsub, ksub, l2, simd, 2);
                    Kernels.scalar().pqTable(q, 5, book, 3, dsub, ksub, l2, scalar, 2);
                    for (int c = 0; c < ksub; c++) {
                        double exact = 0;
                        for (int d = 0; d < dsub; d++) {
                            double x = q[5 + d];
                            double y = book[3 + d * ksub + c];
                            exact += l2 ? (x - y) * (x - y) : x * y;
                        }
                        assertThat((double) simd[2 + c])
                                .as("ksub %d dsub %d l2 %s", ksub, dsub, l2)
                                .isCloseTo(exact, within(1e-4 * Math.max(1, Math.abs(exact))));
                        assertThat((double) scalar[2 + c])
                                .isCloseTo(exact, within(1e-4 * Math.max(1, Math.abs(exact))));
                    }
                }
            }
        }
    }

    @Test
    void cosineOfAZeroVectorIsZeroOnBothPaths() {
        float[] zero = new float[16];
        float[] x = new float[16];
        x[3] = 2;
        assertThat(Kernels.cosine(zero, 0, x, 0, 16)).isZero();
        assertThat(Kernels.cosine(x, 0, x, 0, 16)).isCloseTo(1f, within(1e-6f));
    }
}
