package io.partita.server.search;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Java Vector API kernel ({@code jdk.incubator.vector}, the platform's preferred width:
 * 512 bits on AVX-512, 256 on AVX2): two fused multiply-add accumulators over full vectors,
 * then a scalar tail. Only loaded when the module is in the boot layer (see {@link Kernels}).
 */
final class SimdKernel implements DistanceKernel {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();

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
    public String name() {
        return "simd-" + SPECIES.vectorBitSize();
    }
}
