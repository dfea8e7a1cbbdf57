package io.partita.server.search;

/**
 * The best {@code k} candidates by key (smaller is better), kept in a binary max-heap so the
 * worst kept candidate is at the root. Not thread-safe: one per scanning thread and query.
 */
public final class TopK {
    private final int k;
    private final float[] keys;
    private final long[] refs;
    private final float floor;
    private final boolean floorExclusive;
    private int size;

    public TopK(int k) {
        this(k, Float.NEGATIVE_INFINITY, false);
    }

    /**
     * A heap that refuses candidates below {@code floor} (or at it, when {@code floorExclusive}):
     * a range search's {@code range_filter} and a search iterator's last bound, in key terms.
     */
    public TopK(int k, float floor, boolean floorExclusive) {
        this.k = k;
        this.keys = new float[k];
        this.refs = new long[k];
        this.floor = floor;
        this.floorExclusive = floorExclusive;
    }

    /** A new empty heap of {@code k} with this heap's floor. */
    public TopK sameFloor(int k) {
        return new TopK(k, floor, floorExclusive);
    }

    /** The key a candidate must beat to enter, +Infinity while not full. */
    public float threshold() {
        return size < k ? Float.POSITIVE_INFINITY : keys[0];
    }

    /** Offers a candidate; {@code ref} identifies the row (segment index &lt;&lt; 32 | row). */
    public void offer(float key, long ref) {
        if (key < floor || (floorExclusive && key == floor) || Float.isNaN(key)) {
            return;
        }
        if (size < k) {
            keys[size] = key;
            refs[size] = ref;
            siftUp(size++);
        } else if (better(key, ref, keys[0], refs[0])) {
            keys[0] = key;
            refs[0] = ref;
            siftDown(0);
        }
    }

    /** Ties are broken by the smaller ref, so results are deterministic. */
    private static boolean better(float ka, long ra, float kb, long rb) {
        return ka < kb || (ka == kb && ra < rb);
    }

    private void siftUp(int i) {
        while (i > 0) {
            int p = (i - 1) >>> 1;
            if (better(keys[p], refs[p], keys[i], refs[i])) {
                swap(i, p);
                i = p;
            } else {
                return;
            }
        }
    }

    private void siftDown(int i) {
        while (true) {
            int l = 2 * i + 1;
            int worst = i;
            if (l < size && better(keys[worst], refs[worst], keys[l], refs[l])) {
                worst = l;
            }
            if (l + 1 < size && better(keys[worst], refs[worst], keys[l + 1], refs[l + 1])) {
                worst = l + 1;
            }
            if (worst == i) {
                return;
            }
            swap(i, worst);
            i = worst;
        }
    }

    private void swap(int a, int b) {
        float tk = keys[a];
        keys[a] = keys[b];
        keys[b] = tk;
        long tr = refs[a];
        refs[a] = refs[b];
        refs[b] = tr;
    }

    /**
     * Renumbers the candidates' refs (row numbers) through {@code rowOf}; {@code rowOf} must be
     * ascending, so the heap's order of tied keys (by ref) holds.
     */
    void mapRefs(int[] rowOf) {
        for (int i = 0; i < size; i++) {
            refs[i] = rowOf[(int) refs[i]];
        }
    }

    /** Adds every candidate of {@code other}. */
    public void merge(TopK other) {
        for (int i = 0; i < other.size; i++) {
            offer(other.keys[i], other.refs[i]);
        }
    }

    /** The most candidates this heap keeps. */
    public int capacity() {
        return k;
    }

    public int size() {
        return size;
    }

    /**
     * Sorted candidates, best first: {@code keysOut}/{@code refsOut} must hold {@link #size()}.
     * Pops a copy of the heap (worst first) into the arrays from the back: no boxing, O(k log k).
     */
    public void drainSorted(float[] keysOut, long[] refsOut) {
        TopK copy = new TopK(Math.max(1, size));
        System.arraycopy(keys, 0, copy.keys, 0, size);
        System.arraycopy(refs, 0, copy.refs, 0, size);
        copy.size = size;
        for (int i = size - 1; i >= 0; i--) {
            keysOut[i] = copy.keys[0];
            refsOut[i] = copy.refs[0];
            copy.size--;
            if (copy.size > 0) {
                copy.keys[0] = copy.keys[copy.size];
                copy.refs[0] = copy.refs[copy.size];
                copy.siftDown(0);
            }
        }
    }
}
