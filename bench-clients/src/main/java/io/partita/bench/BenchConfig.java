package io.partita.bench;

/**
 * The benchmark's settings, from {@code --name value} arguments. Defaults are the figures:
 * 100,000 rows of dimension 128 loaded, nq=1, topK=10, 2,000 measured calls per client and
 * operation after 500 warm-up calls.
 */
final class BenchConfig {
    static final String COLLECTION = "bench";
    static final String HOT = "hot";
    static final String COLD = "cold";
    static final String PK = "id";
    static final String VECTOR = "vec";

    int rows = 100_000;
    int dim = 128;
    int topK = 10;
    int warmupCalls = 500;
    int calls = 2_000;
    int searchCalls = 2_000;
    int insertBatchRows = 10_000;
    long seed = 42;

    static BenchConfig parse(String[] args) {
        BenchConfig c = new BenchConfig();
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("argument " + args[i] + " needs a value");
            }
            int v = parsePositive(args[i], args[i + 1]);
            switch (args[i]) {
                case "--rows":
                    c.rows = v;
                    break;
                case "--dim":
                    c.dim = v;
                    break;
                case "--top-k":
                    c.topK = v;
                    break;
                case "--warmup":
                    c.warmupCalls = v;
                    break;
                case "--calls":
                    c.calls = v;
                    break;
                case "--search-calls":
                    c.searchCalls = v;
                    break;
                default:
                    throw new IllegalArgumentException("unknown argument " + args[i]
                            + " (known: --rows --dim --top-k --warmup --calls --search-calls)");
            }
        }
        return c;
    }

    private static int parsePositive(String name, String value) {
        try {
            int v = Integer.parseInt(value);
            if (v <= 0) {
                throw new IllegalArgumentException(name + " must be > 0, got " + value);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'", e);
        }
    }

    @Override
    public String toString() {
        return "rows=" + rows + " dim=" + dim + " topK=" + topK + " warmup=" + warmupCalls + " calls=" + calls
                + " searchCalls=" + searchCalls;
    }
}
