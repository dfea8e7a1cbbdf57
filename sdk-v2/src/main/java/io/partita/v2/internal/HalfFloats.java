package io.partita.v2.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Float to float16 and bfloat16 conversion (Java 17 has no {@code Float.floatToFloat16}): each
 * value rounded to nearest, ties to even, written two bytes per value, little-endian, as Milvus
 * reads float16 and bfloat16 vectors (and as the official SDK's Float16Utils writes them).
 */
public final class HalfFloats {
    private HalfFloats() {}

    /** @return the IEEE half-precision bytes of the values, little-endian, read-only, positioned at 0 */
    public static ByteBuffer float16(List<Float> values) {
        ByteBuffer out = ByteBuffer.allocate(values.size() * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (Float v : values) {
            out.putShort(toFloat16(Checks.checked(v, "vector value")));
        }
        out.flip();
        return out.asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
    }

    /** @return the bfloat16 bytes of the values, little-endian, read-only, positioned at 0 */
    public static ByteBuffer bfloat16(List<Float> values) {
        ByteBuffer out = ByteBuffer.allocate(values.size() * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (Float v : values) {
            out.putShort(toBFloat16(Checks.checked(v, "vector value")));
        }
        out.flip();
        return out.asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
    }

    /** @return the IEEE 754 binary16 bits nearest to {@code f} (overflow to infinity, NaN kept) */
    static short toFloat16(float f) {
        int bits = Float.floatToRawIntBits(f);
        int sign = (bits >>> 16) & 0x8000;
        int abs = bits & 0x7fffffff;
        if (abs >= 0x7f800000) { // infinity or NaN
            return (short) (sign | 0x7c00 | (abs > 0x7f800000 ? 0x200 : 0));
        }
        if (abs >= 0x477ff000) { // 65520 and above round to infinity
            return (short) (sign | 0x7c00);
        }
        if (abs < 0x38800000) { // below 2^-14: a subnormal half, or zero
            if (abs < 0x33000000) { // below 2^-25: rounds to zero
                return (short) sign;
            }
            int exp = abs >>> 23;
            int mantissa = (abs & 0x7fffff) | 0x800000;
            int shift = 126 - exp;
            int half = mantissa >>> shift;
            int rest = mantissa & ((1 << shift) - 1);
            int midpoint = 1 << (shift - 1);
            if (rest > midpoint || (rest == midpoint && (half & 1) != 0)) {
                half++;
            }
            return (short) (sign | half);
        }
        int half = (((abs >>> 23) - 112) << 10) | ((abs & 0x7fffff) >>> 13);
        int rest = abs & 0x1fff;
        if (rest > 0x1000 || (rest == 0x1000 && (half & 1) != 0)) {
            half++; // a carry into the exponent is the right result
        }
        return (short) (sign | half);
    }

    /** @return the bfloat16 bits nearest to {@code f}: its upper 16 bits, rounded to nearest even */
    static short toBFloat16(float f) {
        if (Float.isNaN(f)) {
            return (short) 0x7fc0;
        }
        int bits = Float.floatToRawIntBits(f);
        bits += 0x7fff + ((bits >>> 16) & 1);
        return (short) (bits >>> 16);
    }
}
