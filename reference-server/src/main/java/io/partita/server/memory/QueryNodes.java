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
        for (int[] g : groups) {
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
            }
        }
        for (int i = 0; i < perNode.length; i++) {
            usedBytes[i] += perNode[i];
        }
        return new Charge(perNode);
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

    /** Adds {@code bytes} to an existing charge, once per group (growing data), without a limit check. */
    public synchronized void grow(Charge c, List<int[]> groups, long bytes) {
        for (int[] g : groups) {
            if (g.length == 0) {
                continue; // a replica whose resource group lost its nodes holds nothing
            }
            int n = g[0];
            c.perNode[n] += bytes;
            usedBytes[n] += bytes;
        }
    }

    /**
     * Adds memory-mapped bytes ({@code mmap.enabled} columns) to a charge, once per group: they
     * count against the node's disk, not its memory, so no limit applies. Freed with the charge.
     */
    public synchronized void growDisk(Charge c, List<int[]> groups, long bytes) {
        for (int[] g : groups) {
            if (g.length == 0) {
                continue;
            }
            int n = g[0];
            c.diskPerNode[n] += bytes;
            diskBytes[n] += bytes;
        }
    }

    /** Frees a charge; idempotent. */
    public synchronized void free(Charge c) {
        if (c == null || c.freed) {
            return;
        }
        for (int i = 0; i < c.perNode.length; i++) {
            usedBytes[i] -= c.perNode[i];
            diskBytes[i] -= c.diskPerNode[i];
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

    public synchronized long totalUsedBytes() {
        long t = 0;
        for (long u : usedBytes) {
            t += u;
        }
        return t;
    }

    /** Memory charged for one load, per node. Guarded by the owning QueryNodes. */
    public static final class Charge {
        private final long[] perNode;
        private final long[] diskPerNode;
        private boolean freed;

        private Charge(long[] perNode) {
            this.perNode = perNode;
            this.diskPerNode = new long[perNode.length];
        }

        /** Bytes on each node (node ids are indexes). */
        public long bytesOn(int node) {
            return perNode[node];
        }

        public long totalBytes() {
            long t = 0;
            for (long b : perNode) {
                t += b;
            }
            return t;
        }
    }
}
