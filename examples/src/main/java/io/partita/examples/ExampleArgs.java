package io.partita.examples;

import java.util.Optional;

/**
 * The command line every example understands: {@code --uri grpc://host:port} to use a running
 * server instead of the embedded one; Quickstart also takes {@code --rows N} and {@code --dim D}.
 */
record ExampleArgs(Optional<String> uri, int rows, int dim) {
    static final int DEFAULT_ROWS = 10_000;
    static final int DEFAULT_DIM = 128;

    static ExampleArgs parse(String[] args) {
        String uri = null;
        int rows = DEFAULT_ROWS;
        int dim = DEFAULT_DIM;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--uri" -> uri = value(args, ++i, a);
                case "--rows" -> rows = positive(a, value(args, ++i, a));
                case "--dim" -> dim = positive(a, value(args, ++i, a));
                default ->
                    throw new IllegalArgumentException(
                            "unknown argument " + a + "; usage: [--uri grpc://host:port] [--rows N] [--dim D]");
            }
        }
        return new ExampleArgs(Optional.ofNullable(uri), rows, dim);
    }

    private static String value(String[] args, int i, String name) {
        if (i >= args.length) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args[i];
    }

    private static int positive(String name, String text) {
        try {
            int v = Integer.parseInt(text);
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a positive integer, got " + text);
    }
}
