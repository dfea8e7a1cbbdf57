package io.partita.server.memory;

import java.util.ArrayList;
import java.util.List;

/**
 * The simulated query nodes: each has a capacity, and loaded data is charged to them. Replica
 * group {@code r} of a load with {@code R} replicas is the nodes {@code i} with
 * {@code i % R == r}. A load is admitted only if, in every group, used + needed stays within
 * 90% of the group's capacity; it is then charged atomically. Thread-safe.
 */
public final class QueryNodes {
    /** Fraction of a group's capacity a load may fill. */
    public static final double LOAD_LIMIT_RATIO = 0.9;

    private final long capacityBytes;
    private final long[] usedBytes;
    private final long[] diskBytes;

    public QueryNodes(int count, long capacityBytes) {
        this.capacityBytes = capacityBytes;
        this.usedBytes = new long[count];
        this.diskBytes = new long[count];
    }

    public int count() {
        return usedBytes.length;
    }

    public long capacityBytes() {
        return capacityBytes;
    }

    /** Node ids (0-based) of each replica group; the caller checks {@code replicas <= count()}. */
    public List<int[]> groups(int replicas) {
        List<int[]> out = new ArrayList<>(replicas);
        for (int r = 0; r < replicas; r++) {
            List<Integer> nodes = new ArrayList<>();
            for (int i = r; i < usedBytes.length; i += replicas) {
                nodes.add(i);
            }
            out.add(nodes.stream().mapToInt(Integer::intValue).toArray());
        }
        return out;
    }

    /**
     * Charges {@code itemBytes} (one entry per segment) to every group, each item on the
     * least-used node of the group, if every group stays within the 90% limit.
     *
     * @return the charge, or null (and nothing charged) when some group would exceed the limit
     */
    public synchronized Charge tryCharge(List<int[]> groups, long[] itemBytes) {
        long total = 0;
        for (long b : itemBytes) {
            total += b;
        }
        for (int[] g : groups) {
            long used = 0;
            for (int n : g) {
                used += usedBytes[n];
            }
            if (used + total > (long) (LOAD_LIMIT_RATIO * capacityBytes * g.length)) {
                return null;
            }
        }
        long[] perNode = new long[usedBytes.length];
        long[][] perReplica = new long[groups.size()][usedBytes.length];
        for (int r = 0; r < groups.size(); r++) {
            int[] g = groups.get(r);
            if (g.length == 0) {
                continue;
            }
            for (long b : itemBytes) {
                int best = g[0];
                for (int n : g) {
                    if (usedBytes[n] + perNode[n] < usedBytes[best] + perNode[best]) {
                        best = n;
                    }
                }
                perNode[best] += b;
                perReplica[r][best] += b;
            }
        }
        for (int i = 0; i < perNode.length; i++) {
            usedBytes[i] += perNode[i];
        }
        return new Charge(perReplica);
    }

    /**
     * Like {@link #tryCharge} for several owners at once (one item list each): all are admitted
     * and charged together, or none.
     */
    public synchronized List<Charge> tryChargeAll(List<int[]> groups, List<long[]> itemsPerOwner) {
        long total = 0;
        for (long[] items : itemsPerOwner) {
            for (long b : items) {
                total += b;
            }
        }
        if (!fits(groups, total)) {
            return null;
        }
        List<Charge> out = new ArrayList<>(itemsPerOwner.size());
        for (long[] items : itemsPerOwner) {
            out.add(tryCharge(groups, items));
        }
        return out;
    }

    /** Whether {@code bytes} more fit within the 90% limit in every group. */
    public synchronized boolean fits(List<int[]> groups, long bytes) {
        for (int[] g : groups) {
            long used = 0;
            for (int n : g) {
                used += usedBytes[n];
            }
            if (used + bytes > (long) (LOAD_LIMIT_RATIO * capacityBytes * g.length)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Adds {@code bytes} to an existing charge, once per group (replica {@code r} is group {@code
     * r}), without a limit check: growth goes to the group's first node; a shrink (negative bytes)
     * comes off the nodes that hold the replica's bytes — a load spread them over its nodes, and
     * its group's nodes may have changed since — those of the group first, never below 0.
     */
    public synchronized void grow(Charge c, List<int[]> groups, long bytes) {
        change(c.perReplica, usedBytes, groups, bytes);
    }

    /**
     * Adds memory-mapped bytes ({@code mmap.enabled} columns) to a charge, once per group, as
     * {@link #grow} does: they count against the node's disk, not its memory, so no limit applies.
     * Freed with the charge.
     */
    public synchronized void growDisk(Charge c, List<int[]> groups, long bytes) {
        change(c.diskPerReplica, diskBytes, groups, bytes);
    }

    private static void change(long[][] perReplica, long[] totals, List<int[]> groups, long bytes) {
        for (int r = 0; r < groups.size() && r < perReplica.length; r++) {
            int[] g = groups.get(r);
            long[] held = perReplica[r];
            if (bytes >= 0) {
                if (g.length == 0) {
                    continue; // a replica whose resource group lost its nodes holds nothing
                }
                held[g[0]] += bytes;
                totals[g[0]] += bytes;
                continue;
            }
            long left = -bytes;
            for (int n : g) {
                left -= take(held, totals, n, left);
            }
            for (int n = 0; n < held.length && left > 0; n++) {
                left -= take(held, totals, n, left);
            }
        }
    }

    /** Takes up to {@code bytes} of what a replica holds on node {@code n}; returns what it took. */
    private static long take(long[] held, long[] totals, int n, long bytes) {
        long t = Math.min(bytes, held[n]);
        if (t > 0) {
            held[n] -= t;
            totals[n] -= t;
        }
        return Math.max(0, t);
    }

    /** Frees a charge; idempotent. */
    public synchronized void free(Charge c) {
        if (c == null || c.freed) {
            return;
        }
        for (int r = 0; r < c.perReplica.length; r++) {
            for (int i = 0; i < usedBytes.length; i++) {
                usedBytes[i] -= c.perReplica[r][i];
                diskBytes[i] -= c.diskPerReplica[r][i];
            }
        }
        c.freed = true;
    }

    /** Memory-mapped bytes on this node's disk (see {@link #growDisk}). */
    public synchronized long diskBytes(int node) {
        return diskBytes[node];
    }

    public synchronized long usedBytes(int node) {
        return usedBytes[node];
    }

    /**
     * Every node's used and memory-mapped bytes read in one moment: a charge on one node and a
     * free on another in between cannot both be seen, so sums over several nodes are ones that existed.
     */
    public synchronized Usage usage() {
        return new Usage(usedBytes.clone(), diskBytes.clone());
    }

    /** Per-node bytes (node ids are indexes) taken by {@link #usage()}; the arrays are copies. */
    public record Usage(long[] usedBytes, long[] diskBytes) {}

    public synchronized long totalUsedBytes() {
        long t = 0;
        for (long u : usedBytes) {
            t += u;
        }
        return t;
    }

    /** Memory charged for one load, per replica and node. Guarded by the owning QueryNodes. */
    public static final class Charge {
        private final long[][] perReplica;
        private final long[][] diskPerReplica;
        private boolean freed;

        private Charge(long[][] perReplica) {
            this.perReplica = perReplica;
            this.diskPerReplica = new long[perReplica.length][perReplica.length == 0 ? 0 : perReplica[0].length];
        }

        /** Bytes on each node (node ids are indexes), over all replicas. */
        public long bytesOn(int node) {
            long t = 0;
            for (long[] r : perReplica) {
                t += r[node];
            }
            return t;
        }

        public long totalBytes() {
            long t = 0;
            for (long[] r : perReplica) {
                for (long b : r) {
                    t += b;
                }
            }
            return t;
        }
    }
}
