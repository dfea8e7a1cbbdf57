package io.partita.server.search;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Java Vector API kernel ({@code jdk.incubator.vector}, the platform's preferred width:
 * 512 bits on AVX-512, 256 on AVX2): two fused multiply-add accumulators over full vectors,
 * then a scalar tail. Only loaded when the module is in the boot layer (see {@link Kernels}).
 */
final class SimdKernel implements DistanceKernel {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    /** As many bytes as {@link #SPECIES} has floats (16 bytes for 512 bits), or null below 8 lanes. */
    private static final VectorSpecies<Byte> CODES =
            LANES >= 8 ? VectorSpecies.of(byte.class, VectorShape.forBitSize(LANES * 8)) : null;

    private static final VectorSpecies<Integer> INTS = VectorSpecies.of(int.class, SPECIES.vectorShape());

    static final SimdKernel INSTANCE = new SimdKernel();

    private SimdKernel() {}

    @Override
    public float dot(float[] a, int ao, float[] b, int bo, int dim) {
        FloatVector acc0 = FloatVector.zero(SPECIES);
        FloatVector acc1 = FloatVector.zero(SPECIES);
        int i = 0;
        for (; i + 2 * LANES <= dim; i += 2 * LANES) {
            FloatVector x0 = FloatVector.fromArray(SPECIES, a, ao + i);
            FloatVector y0 = FloatVector.fromArray(SPECIES, b, bo + i);
            acc0 = x0.fma(y0, acc0);
            FloatVector x1 = FloatVector.fromArray(SPECIES, a, ao + i + LANES);
            FloatVector y1 = FloatVector.fromArray(SPECIES, b, bo + i + LANES);
            acc1 = x1.fma(y1, acc1);
        }
        for (; i + LANES <= dim; i += LANES) {
            FloatVector x0 = FloatVector.fromArray(SPECIES, a, ao + i);
            FloatVector y0 = FloatVector.fromArray(SPECIES, b, bo + i);
            acc0 = x0.fma(y0, acc0);
        }
        float s = acc0.add(acc1).reduceLanes(VectorOperators.ADD);
        for (; i < dim; i++) {
            s += a[ao + i] * b[bo + i];
        }
        return s;
    }

    @Override
    public float l2(float[] a, int ao, float[] b, int bo, int dim) {
        FloatVector acc0 = FloatVector.zero(SPECIES);
        FloatVector acc1 = FloatVector.zero(SPECIES);
        int i = 0;
        for (; i + 2 * LANES <= dim; i += 2 * LANES) {
            FloatVector d0 = FloatVector.fromArray(SPECIES, a, ao + i).sub(FloatVector.fromArray(SPECIES, b, bo + i));
            acc0 = d0.fma(d0, acc0);
            FloatVector d1 = FloatVector.fromArray(SPECIES, a, ao + i + LANES)
                    .sub(FloatVector.fromArray(SPECIES, b, bo + i + LANES));
            acc1 = d1.fma(d1, acc1);
        }
        for (; i + LANES <= dim; i += LANES) {
            FloatVector d0 = FloatVector.fromArray(SPECIES, a, ao + i).sub(FloatVector.fromArray(SPECIES, b, bo + i));
            acc0 = d0.fma(d0, acc0);
        }
        float s = acc0.add(acc1).reduceLanes(VectorOperators.ADD);
        for (; i < dim; i++) {
            float d = a[ao + i] - b[bo + i];
            s += d * d;
        }
        return s;
    }

    @Override
    public float dot(float[] a, int ao, java.nio.ByteBuffer x, int xb, int dim) {
        FloatVector acc0 = FloatVector.zero(SPECIES);
        FloatVector acc1 = FloatVector.zero(SPECIES);
        int i = 0;
        for (; i + 2 * LANES <= dim; i += 2 * LANES) {
            FloatVector x0 = FloatVector.fromArray(SPECIES, a, ao + i);
            acc0 = x0.fma(mapped(x, xb, i), acc0);
            FloatVector x1 = FloatVector.fromArray(SPECIES, a, ao + i + LANES);
            acc1 = x1.fma(mapped(x, xb, i + LANES), acc1);
        }
        for (; i + LANES <= dim; i += LANES) {
            FloatVector x0 = FloatVector.fromArray(SPECIES, a, ao + i);
            acc0 = x0.fma(mapped(x, xb, i), acc0);
        }
        float s = acc0.add(acc1).reduceLanes(VectorOperators.ADD);
        for (; i < dim; i++) {
            s += a[ao + i] * x.getFloat(xb + 4 * i);
        }
        return s;
    }

    @Override
    public float l2(float[] a, int ao, java.nio.ByteBuffer x, int xb, int dim) {
        FloatVector acc0 = FloatVector.zero(SPECIES);
        FloatVector acc1 = FloatVector.zero(SPECIES);
        int i = 0;
        for (; i + 2 * LANES <= dim; i += 2 * LANES) {
            FloatVector d0 = FloatVector.fromArray(SPECIES, a, ao + i).sub(mapped(x, xb, i));
            acc0 = d0.fma(d0, acc0);
            FloatVector d1 = FloatVector.fromArray(SPECIES, a, ao + i + LANES).sub(mapped(x, xb, i + LANES));
            acc1 = d1.fma(d1, acc1);
        }
        for (; i + LANES <= dim; i += LANES) {
            FloatVector d0 = FloatVector.fromArray(SPECIES, a, ao + i).sub(mapped(x, xb, i));
            acc0 = d0.fma(d0, acc0);
        }
        float s = acc0.add(acc1).reduceLanes(VectorOperators.ADD);
        for (; i < dim; i++) {
            float d = a[ao + i] - x.getFloat(xb + 4 * i);
            s += d * d;
        }
        return s;
    }

    /** The {@link #SPECIES}-wide chunk of mapped floats starting at float {@code i} after byte {@code xb}. */
    private static FloatVector mapped(java.nio.ByteBuffer x, int xb, int i) {
        return FloatVector.fromByteBuffer(SPECIES, x, xb + 4 * i, java.nio.ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * Four rows at a time: each chunk of the query is loaded once and compared with the four
     * rows' chunks, so four independent streams of loads are in flight. Per row the
     * accumulation is {@link #l2}'s exactly (even chunks into one accumulator, odd into the
     * other, one leftover chunk into the first, then the scalar tail), so the bits agree.
     */
    @Override
    public void l2Rows(float[] q, int qo, float[] x, int[] rows, int from, int n, int dim, float[] out) {
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            int o0 = rows[from + i] * dim;
            int o1 = rows[from + i + 1] * dim;
            int o2 = rows[from + i + 2] * dim;
            int o3 = rows[from + i + 3] * dim;
            FloatVector a0 = FloatVector.zero(SPECIES);
            FloatVector b0 = a0;
            FloatVector a1 = a0;
            FloatVector b1 = a0;
            FloatVector a2 = a0;
            FloatVector b2 = a0;
            FloatVector a3 = a0;
            FloatVector b3 = a0;
            int j = 0;
            for (; j + 2 * LANES <= dim; j += 2 * LANES) {
                FloatVector qa = FloatVector.fromArray(SPECIES, q, qo + j);
                FloatVector qb = FloatVector.fromArray(SPECIES, q, qo + j + LANES);
                FloatVector d = qa.sub(FloatVector.fromArray(SPECIES, x, o0 + j));
                a0 = d.fma(d, a0);
                d = qa.sub(FloatVector.fromArray(SPECIES, x, o1 + j));
                a1 = d.fma(d, a1);
                d = qa.sub(FloatVector.fromArray(SPECIES, x, o2 + j));
                a2 = d.fma(d, a2);
                d = qa.sub(FloatVector.fromArray(SPECIES, x, o3 + j));
                a3 = d.fma(d, a3);
                d = qb.sub(FloatVector.fromArray(SPECIES, x, o0 + j + LANES));
                b0 = d.fma(d, b0);
                d = qb.sub(FloatVector.fromArray(SPECIES, x, o1 + j + LANES));
                b1 = d.fma(d, b1);
                d = qb.sub(FloatVector.fromArray(SPECIES, x, o2 + j + LANES));
                b2 = d.fma(d, b2);
                d = qb.sub(FloatVector.fromArray(SPECIES, x, o3 + j + LANES));
                b3 = d.fma(d, b3);
            }
            if (j + LANES <= dim) {
                FloatVector qa = FloatVector.fromArray(SPECIES, q, qo + j);
                FloatVector d = qa.sub(FloatVector.fromArray(SPECIES, x, o0 + j));
                a0 = d.fma(d, a0);
                d = qa.sub(FloatVector.fromArray(SPECIES, x, o1 + j));
                a1 = d.fma(d, a1);
                d = qa.sub(FloatVector.fromArray(SPECIES, x, o2 + j));
                a2 = d.fma(d, a2);
                d = qa.sub(FloatVector.fromArray(SPECIES, x, o3 + j));
                a3 = d.fma(d, a3);
                j += LANES;
            }
            out[i] = l2Tail(q, qo, x, o0, j, dim, a0.add(b0).reduceLanes(VectorOperators.ADD));
            out[i + 1] = l2Tail(q, qo, x, o1, j, dim, a1.add(b1).reduceLanes(VectorOperators.ADD));
            out[i + 2] = l2Tail(q, qo, x, o2, j, dim, a2.add(b2).reduceLanes(VectorOperators.ADD));
            out[i + 3] = l2Tail(q, qo, x, o3, j, dim, a3.add(b3).reduceLanes(VectorOperators.ADD));
        }
        for (; i < n; i++) {
            out[i] = l2(q, qo, x, rows[from + i] * dim, dim);
        }
    }

    private static float l2Tail(float[] q, int qo, float[] x, int xo, int from, int dim, float s) {
        for (int j = from; j < dim; j++) {
            float d = q[qo + j] - x[xo + j];
            s += d * d;
        }
        return s;
    }

    /** As {@link #l2Rows}, with {@link #dot}'s accumulation per row. */
    @Override
    public void dotRows(float[] q, int qo, float[] x, int[] rows, int from, int n, int dim, float[] out) {
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            int o0 = rows[from + i] * dim;
            int o1 = rows[from + i + 1] * dim;
            int o2 = rows[from + i + 2] * dim;
            int o3 = rows[from + i + 3] * dim;
            FloatVector a0 = FloatVector.zero(SPECIES);
            FloatVector b0 = a0;
            FloatVector a1 = a0;
            FloatVector b1 = a0;
            FloatVector a2 = a0;
            FloatVector b2 = a0;
            FloatVector a3 = a0;
            FloatVector b3 = a0;
            int j = 0;
            for (; j + 2 * LANES <= dim; j += 2 * LANES) {
                FloatVector qa = FloatVector.fromArray(SPECIES, q, qo + j);
                FloatVector qb = FloatVector.fromArray(SPECIES, q, qo + j + LANES);
                a0 = qa.fma(FloatVector.fromArray(SPECIES, x, o0 + j), a0);
                a1 = qa.fma(FloatVector.fromArray(SPECIES, x, o1 + j), a1);
                a2 = qa.fma(FloatVector.fromArray(SPECIES, x, o2 + j), a2);
                a3 = qa.fma(FloatVector.fromArray(SPECIES, x, o3 + j), a3);
                b0 = qb.fma(FloatVector.fromArray(SPECIES, x, o0 + j + LANES), b0);
                b1 = qb.fma(FloatVector.fromArray(SPECIES, x, o1 + j + LANES), b1);
                b2 = qb.fma(FloatVector.fromArray(SPECIES, x, o2 + j + LANES), b2);
                b3 = qb.fma(FloatVector.fromArray(SPECIES, x, o3 + j + LANES), b3);
            }
            if (j + LANES <= dim) {
                FloatVector qa = FloatVector.fromArray(SPECIES, q, qo + j);
                a0 = qa.fma(FloatVector.fromArray(SPECIES, x, o0 + j), a0);
                a1 = qa.fma(FloatVector.fromArray(SPECIES, x, o1 + j), a1);
                a2 = qa.fma(FloatVector.fromArray(SPECIES, x, o2 + j), a2);
                a3 = qa.fma(FloatVector.fromArray(SPECIES, x, o3 + j), a3);
                j += LANES;
            }
            out[i] = dotTail(q, qo, x, o0, j, dim, a0.add(b0).reduceLanes(VectorOperators.ADD));
            out[i + 1] = dotTail(q, qo, x, o1, j, dim, a1.add(b1).reduceLanes(VectorOperators.ADD));
            out[i + 2] = dotTail(q, qo, x, o2, j, dim, a2.add(b2).reduceLanes(VectorOperators.ADD));
            out[i + 3] = dotTail(q, qo, x, o3, j, dim, a3.add(b3).reduceLanes(VectorOperators.ADD));
        }
        for (; i < n; i++) {
            out[i] = dot(q, qo, x, rows[from + i] * dim, dim);
        }
    }

    private static float dotTail(float[] q, int qo, float[] x, int xo, int from, int dim, float s) {
        for (int j = from; j < dim; j++) {
            s += q[qo + j] * x[xo + j];
        }
        return s;
    }

    /** {@code LANES} unsigned codes from {@code codes[at..]} as floats (widened to int, masked, converted). */
    private static FloatVector codes(byte[] codes, int at) {
        IntVector wide = (IntVector) ByteVector.fromArray(CODES, codes, at).convertShape(VectorOperators.B2I, INTS, 0);
        return (FloatVector) wide.lanewise(VectorOperators.AND, 0xff).convertShape(VectorOperators.I2F, SPECIES, 0);
    }

    @Override
    public float sq8L2(float[] a, float[] step, byte[] codes, int co, int dim) {
        if (CODES == null) {
            return DistanceKernel.super.sq8L2(a, step, codes, co, dim);
        }
        FloatVector acc0 = FloatVector.zero(SPECIES);
        FloatVector acc1 = acc0;
        int d = 0;
        for (; d + 2 * LANES <= dim; d += 2 * LANES) {
            FloatVector x0 = codes(codes, co + d).mul(FloatVector.fromArray(SPECIES, step, d));
            FloatVector d0 = FloatVector.fromArray(SPECIES, a, d).sub(x0);
            acc0 = d0.fma(d0, acc0);
            FloatVector x1 = codes(codes, co + d + LANES).mul(FloatVector.fromArray(SPECIES, step, d + LANES));
            FloatVector d1 = FloatVector.fromArray(SPECIES, a, d + LANES).sub(x1);
            acc1 = d1.fma(d1, acc1);
        }
        if (d + LANES <= dim) {
            FloatVector x0 = codes(codes, co + d).mul(FloatVector.fromArray(SPECIES, step, d));
            FloatVector d0 = FloatVector.fromArray(SPECIES, a, d).sub(x0);
            acc0 = d0.fma(d0, acc0);
            d += LANES;
        }
        float s = acc0.add(acc1).reduceLanes(VectorOperators.ADD);
        for (; d < dim; d++) {
            float diff = a[d] - (codes[co + d] & 0xff) * step[d];
            s += diff * diff;
        }
        return s;
    }

    @Override
    public float sq8Dot(float[] w, byte[] codes, int co, int dim) {
        if (CODES == null) {
            return DistanceKernel.super.sq8Dot(w, codes, co, dim);
        }
        FloatVector acc0 = FloatVector.zero(SPECIES);
        FloatVector acc1 = acc0;
        int d = 0;
        for (; d + 2 * LANES <= dim; d += 2 * LANES) {
            acc0 = codes(codes, co + d).fma(FloatVector.fromArray(SPECIES, w, d), acc0);
            acc1 = codes(codes, co + d + LANES).fma(FloatVector.fromArray(SPECIES, w, d + LANES), acc1);
        }
        if (d + LANES <= dim) {
            acc0 = codes(codes, co + d).fma(FloatVector.fromArray(SPECIES, w, d), acc0);
            d += LANES;
        }
        float s = acc0.add(acc1).reduceLanes(VectorOperators.ADD);
        for (; d < dim; d++) {
            s += w[d] * (codes[co + d] & 0xff);
        }
        return s;
    }

    @Override
    public void pqTable(float[] q, int qo, float[] book, int bo, int dsub, int ksub, boolean l2, float[] out, int oo) {
        if (ksub % LANES != 0) {
            // 2^nbits below the lane count (nbits < 3 or 4): too few sub-centroids to vectorize
            DistanceKernel.super.pqTable(q, qo, book, bo, dsub, ksub, l2, out, oo);
            return;
        }
        for (int c = 0; c < ksub; c += LANES) {
            FloatVector acc = FloatVector.zero(SPECIES);
            for (int d = 0; d < dsub; d++) {
                FloatVector y = FloatVector.fromArray(SPECIES, book, bo + d * ksub + c);
                if (l2) {
                    FloatVector diff = y.sub(q[qo + d]);
                    acc = diff.fma(diff, acc);
                } else {
                    acc = y.fma(FloatVector.broadcast(SPECIES, q[qo + d]), acc);
                }
            }
            acc.intoArray(out, oo + c);
        }
    }

    @Override
    public String name() {
        return "simd-" + SPECIES.vectorBitSize();
    }
}
