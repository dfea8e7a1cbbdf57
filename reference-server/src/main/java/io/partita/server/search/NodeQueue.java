package io.partita.server.search;

/**
 * A binary heap of (key, node) pairs over primitive arrays, ordered as a min-heap (closest
 * first: the candidate queue of a graph search) or a max-heap (farthest first: the bounded
 * result set). Ties are broken by the smaller node id. Not thread-safe; reused per search.
 */
final class NodeQueue {
    private final boolean max;
    private float[] keys;
    private int[] nodes;
    private int size;

    NodeQueue(int capacity, boolean max) {
        this.max = max;
        this.keys = new float[Math.max(4, capacity)];
        this.nodes = new int[Math.max(4, capacity)];
    }

    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    float topKey() {
        return keys[0];
    }

    int topNode() {
        return nodes[0];
    }

    void push(float key, int node) {
        if (size == keys.length) {
            keys = java.util.Arrays.copyOf(keys, size * 2);
            nodes = java.util.Arrays.copyOf(nodes, size * 2);
        }
        int i = size++;
        keys[i] = key;
        nodes[i] = node;
        while (i > 0) {
            int p = (i - 1) >>> 1;
            if (!before(i, p)) {
                break;
            }
            swap(i, p);
            i = p;
        }
    }

    /** Removes the top; returns its node. */
    int pop() {
        int top = nodes[0];
        size--;
        if (size > 0) {
            keys[0] = keys[size];
            nodes[0] = nodes[size];
            int i = 0;
            while (true) {
                int l = 2 * i + 1;
                int best = i;
                if (l < size && before(l, best)) {
                    best = l;
                }
                if (l + 1 < size && before(l + 1, best)) {
                    best = l + 1;
                }
                if (best == i) {
                    break;
                }
                swap(i, best);
                i = best;
            }
        }
        return top;
    }

    private boolean before(int a, int b) {
        if (keys[a] != keys[b]) {
            return max ? keys[a] > keys[b] : keys[a] < keys[b];
        }
        return max ? nodes[a] > nodes[b] : nodes[a] < nodes[b];
    }

    private void swap(int a, int b) {
        float k = keys[a];
        keys[a] = keys[b];
        keys[b] = k;
        int n = nodes[a];
        nodes[a] = nodes[b];
        nodes[b] = n;
    }

    /** Copies the entries (unordered) into the arrays; returns the count. */
    int drainTo(float[] keysOut, int[] nodesOut) {
        int n = size;
        System.arraycopy(keys, 0, keysOut, 0, n);
        System.arraycopy(nodes, 0, nodesOut, 0, n);
        size = 0;
        return n;
    }
}
