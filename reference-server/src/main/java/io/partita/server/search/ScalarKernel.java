package io.partita.server.search;

/**
 * The portable kernel: each sum runs in four interleaved lanes (element i goes to lane i % 4)
 * combined as {@code (l0 + l1) + (l2 + l3)}. Used when the Vector API module is absent.
 */
final class ScalarKernel implements DistanceKernel {
    static final ScalarKernel INSTANCE = new ScalarKernel();

    private ScalarKernel() {}

    @Override
    public float dot(float[] a, int ao, float[] b, int bo, int dim) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 4 <= dim; i += 4) {
            s0 += a[ao + i] * b[bo + i];
            s1 += a[ao + i + 1] * b[bo + i + 1];
            s2 += a[ao + i + 2] * b[bo + i + 2];
            s3 += a[ao + i + 3] * b[bo + i + 3];
        }
        for (; i < dim; i++) {
            s0 += a[ao + i] * b[bo + i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    @Override
    public float l2(float[] a, int ao, float[] b, int bo, int dim) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 4 <= dim; i += 4) {
            float d0 = a[ao + i] - b[bo + i];
            float d1 = a[ao + i + 1] - b[bo + i + 1];
            float d2 = a[ao + i + 2] - b[bo + i + 2];
            float d3 = a[ao + i + 3] - b[bo + i + 3];
            s0 += d0 * d0;
            s1 += d1 * d1;
            s2 += d2 * d2;
            s3 += d3 * d3;
        }
        for (; i < dim; i++) {
            float d = a[ao + i] - b[bo + i];
            s0 += d * d;
        }
        return (s0 + s1) + (s2 + s3);
    }

    @Override
    public float dot(float[] a, int ao, java.nio.ByteBuffer x, int xb, int dim) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 4 <= dim; i += 4) {
            s0 += a[ao + i] * x.getFloat(xb + 4 * i);
            s1 += a[ao + i + 1] * x.getFloat(xb + 4 * (i + 1));
            s2 += a[ao + i + 2] * x.getFloat(xb + 4 * (i + 2));
            s3 += a[ao + i + 3] * x.getFloat(xb + 4 * (i + 3));
        }
        for (; i < dim; i++) {
            s0 += a[ao + i] * x.getFloat(xb + 4 * i);
        }
        return (s0 + s1) + (s2 + s3);
    }

    @Override
    public float l2(float[] a, int ao, java.nio.ByteBuffer x, int xb, int dim) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 4 <= dim; i += 4) {
            float d0 = a[ao + i] - x.getFloat(xb + 4 * i);
            float d1 = a[ao + i + 1] - x.getFloat(xb + 4 * (i + 1));
            float d2 = a[ao + i + 2] - x.getFloat(xb + 4 * (i + 2));
            float d3 = a[ao + i + 3] - x.getFloat(xb + 4 * (i + 3));
            s0 += d0 * d0;
            s1 += d1 * d1;
            s2 += d2 * d2;
            s3 += d3 * d3;
        }
        for (; i < dim; i++) {
            float d = a[ao + i] - x.getFloat(xb + 4 * i);
            s0 += d * d;
        }
        return (s0 + s1) + (s2 + s3);
    }

    @Override
    public String name() {
        return "scalar";
    }
}
