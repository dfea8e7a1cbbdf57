package io.partita.server.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The distance functions every search path uses. At class initialization the SIMD kernel
 * ({@code jdk.incubator.vector}) is chosen when that module is in the boot layer (the JVM was
 * started with {@code --add-modules jdk.incubator.vector}), the scalar one otherwise; system
 * property {@code partita.simd=false} forces scalar. Without the module one WARN line says how
 * to enable it. The choice is fixed for the JVM's life, so a pair always gets the same bits.
 */
public final class Kernels {
    /** The module that carries the Vector API on JDK 17..24. */
    public static final String VECTOR_MODULE = "jdk.incubator.vector";

    private static final Logger LOG = LoggerFactory.getLogger(Kernels.class);
    private static final DistanceKernel KERNEL = choose();

    private Kernels() {}

    private static DistanceKernel choose() {
        if (!Boolean.parseBoolean(System.getProperty("partita.simd", "true"))) {
            return ScalarKernel.INSTANCE;
        }
        if (!vectorModulePresent()) {
            LOG.warn(
                    "vector search runs on the scalar kernel (about 4x slower): start the JVM with"
                            + " --add-modules {} (e.g. JDK_JAVA_OPTIONS=\"--add-modules {}\") to enable SIMD",
                    VECTOR_MODULE,
                    VECTOR_MODULE);
            return ScalarKernel.INSTANCE;
        }
        try {
            // by name, so the class (and the module's types) are never linked without the module
            return (DistanceKernel) Class.forName(Kernels.class.getPackageName() + ".SimdKernel")
                    .getDeclaredField("INSTANCE")
                    .get(null);
        } catch (ReflectiveOperationException | LinkageError e) {
            LOG.warn("the SIMD kernel could not start ({}); using the scalar kernel", e.toString());
            return ScalarKernel.INSTANCE;
        }
    }

    /** True when {@code jdk.incubator.vector} is resolved in the boot layer of this JVM. */
    public static boolean vectorModulePresent() {
        return ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent();
    }

    /** The kernel in use: {@code "simd-<bits>"} or {@code "scalar"}. */
    public static String kernelName() {
        return KERNEL.name();
    }

    public static float dot(float[] a, int ao, float[] b, int bo, int dim) {
        return KERNEL.dot(a, ao, b, bo, dim);
    }

    /** Squared Euclidean distance. */
    public static float l2(float[] a, int ao, float[] b, int bo, int dim) {
        return KERNEL.l2(a, ao, b, bo, dim);
    }

    /** See {@link DistanceKernel#dot(float[], int, java.nio.ByteBuffer, int, int)}. */
    static float dot(float[] a, int ao, java.nio.ByteBuffer x, int xb, int dim) {
        return KERNEL.dot(a, ao, x, xb, dim);
    }

    /** See {@link DistanceKernel#l2(float[], int, java.nio.ByteBuffer, int, int)}. */
    static float l2(float[] a, int ao, java.nio.ByteBuffer x, int xb, int dim) {
        return KERNEL.l2(a, ao, x, xb, dim);
    }

    /** {@link #l2} of one query with {@code n} stored rows (row numbers {@code rows[from..from+n)}), into {@code out}. */
    static void l2Rows(float[] q, int qo, float[] x, int[] rows, int from, int n, int dim, float[] out) {
        KERNEL.l2Rows(q, qo, x, rows, from, n, dim, out);
    }

    /** {@link #dot} of one query with {@code n} stored rows (row numbers {@code rows[from..from+n)}), into {@code out}. */
    static void dotRows(float[] q, int qo, float[] x, int[] rows, int from, int n, int dim, float[] out) {
        KERNEL.dotRows(q, qo, x, rows, from, n, dim, out);
    }

    /** See {@link DistanceKernel#sq8L2}. */
    static float sq8L2(float[] a, float[] step, byte[] codes, int co, int dim) {
        return KERNEL.sq8L2(a, step, codes, co, dim);
    }

    /** See {@link DistanceKernel#sq8Dot}. */
    static float sq8Dot(float[] w, byte[] codes, int co, int dim) {
        return KERNEL.sq8Dot(w, codes, co, dim);
    }

    /** See {@link DistanceKernel#pqTable}. */
    static void pqTable(float[] q, int qo, float[] book, int bo, int dsub, int ksub, boolean l2, float[] out, int oo) {
        KERNEL.pqTable(q, qo, book, bo, dsub, ksub, l2, out, oo);
    }

    /** Cosine similarity; 0 when either vector is zero. */
    public static float cosine(float[] a, int ao, float[] b, int bo, int dim) {
        float d = dot(a, ao, b, bo, dim);
        float na = dot(a, ao, a, ao, dim);
        float nb = dot(b, bo, b, bo, dim);
        return cosineOf(d, na, nb);
    }

    /** Cosine from a dot product and the two squared norms; 0 when either norm is zero. */
    static float cosineOf(float dot, float normA, float normB) {
        if (normA == 0 || normB == 0) {
            return 0;
        }
        return (float) (dot / Math.sqrt((double) normA * normB));
    }

    /** The scalar kernel, for tests that compare both paths. */
    static DistanceKernel scalar() {
        return ScalarKernel.INSTANCE;
    }

    /** The kernel in use. */
    static DistanceKernel active() {
        return KERNEL;
    }
}
