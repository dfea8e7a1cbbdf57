package io.partita.server.search;

import io.partita.server.model.DataType;

/**
 * Widening of the dense vector types held as bytes to float32, so every dense type is searched
 * by the same exact scan and kernels as FLOAT_VECTOR: FLOAT16 is IEEE 754 binary16, BFLOAT16 the
 * high 16 bits of a float32, INT8 a signed byte; all little-endian, as Milvus stores them.
 */
public final class DenseVectors {
    private DenseVectors() {}

    /** The float32 values of {@code data} (rows × dim elements of {@code type}), row-major. */
    public static float[] toFloats(DataType type, byte[] data) {
        switch (type) {
            case INT8_VECTOR: {
                float[] out = new float[data.length];
                for (int i = 0; i < out.length; i++) {
                    out[i] = data[i];
                }
                return out;
            }
            case FLOAT16_VECTOR:
            case BFLOAT16_VECTOR: {
                float[] out = new float[data.length / 2];
                boolean half = type == DataType.FLOAT16_VECTOR;
                for (int i = 0; i < out.length; i++) {
                    int bits = (data[2 * i] & 0xFF) | (data[2 * i + 1] & 0xFF) << 8;
                    out[i] = half ? halfToFloat(bits) : Float.intBitsToFloat(bits << 16);
                }
                return out;
            }
            default:
                throw new IllegalArgumentException(type + " is not held as bytes");
        }
    }

    /** IEEE 754 binary16 to float32 (normals, subnormals, infinities and NaN). */
    static float halfToFloat(int h) {
        int sign = (h & 0x8000) << 16;
        int exp = (h >>> 10) & 0x1F;
        int mant = h & 0x3FF;
        if (exp == 0x1F) {
            return Float.intBitsToFloat(sign | 0x7F800000 | mant << 13);
        }
        if (exp == 0) {
            float v = mant * 0x1p-24f; // subnormal: mant × 2^-24
            return sign == 0 ? v : -v;
        }
        return Float.intBitsToFloat(sign | (exp + 112) << 23 | mant << 13);
    }
}
