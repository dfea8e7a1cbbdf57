package io.partita.server.search;

import io.partita.server.memory.RamUsage;
import java.util.Arrays;

/**
 * The navigable small-world layers of an HNSW index (Malkov and Yashunin, 2016), over vectors
 * owned by the segment. Level 0 keeps up to {@code 2M} neighbours per node in one flat
 * {@code int[]} (slot 0 of each row holds the count); upper levels keep up to {@code M} per
 * level in one small array per node that reaches them. Mutable only while a
 * {@link HnswBuilder} owns it; read-only (and thread-safe) afterwards.
 */
final class HnswGraph {
    final int rows;
    final int m;
    final int maxM0;
    final byte[] levels;
    final int[] level0;
    final int[][] upper;
    int entry = -1;
    int maxLevel = -1;

    HnswGraph(int rows, int m) {
        this(rows, m, new byte[rows], new int[rows * (2 * m + 1)], new int[rows][]);
    }

    HnswGraph(int rows, int m, byte[] levels, int[] level0, int[][] upper) {
        this.rows = rows;
        this.m = m;
        this.maxM0 = 2 * m;
        this.levels = levels;
        this.level0 = level0;
        this.upper = upper;
    }

    int maxConnections(int level) {
        return level == 0 ? maxM0 : m;
    }

    /** The array holding {@code node}'s neighbours at {@code level}. */
    int[] array(int node, int level) {
        return level == 0 ? level0 : upper[node];
    }

    /** Index in {@link #array} of the count slot of {@code node} at {@code level}. */
    int base(int node, int level) {
        return level == 0 ? node * (maxM0 + 1) : (level - 1) * (m + 1);
    }

    void setNeighbours(int node, int level, int[] ids, int count) {
        int[] a = array(node, level);
        int b = base(node, level);
        a[b] = count;
        System.arraycopy(ids, 0, a, b + 1, count);
    }

    void allocateUpper(int node, int level) {
        levels[node] = (byte) level;
        if (level > 0) {
            upper[node] = new int[level * (m + 1)];
        }
    }

    /** Exact heap bytes of the arrays (the graph object itself included). */
    long ramBytesUsed() {
        long total = RamUsage.align(12 + 4 * 4 + 4 * 3 + 2 * 4)
                + RamUsage.array(1, rows)
                + RamUsage.array(4, level0.length)
                + RamUsage.array(RamUsage.REFERENCE_BYTES, rows);
        for (int[] u : upper) {
            if (u != null) {
                total += RamUsage.array(4, u.length);
            }
        }
        return total;
    }

    @Override
    public String toString() {
        return "HnswGraph[rows=" + rows + ", m=" + m + ", maxLevel=" + maxLevel + ", entry=" + entry + ", levels="
                + Arrays.toString(Arrays.copyOf(levels, Math.min(4, rows))) + "...]";
    }
}
