package io.partita.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code // tag::name[]} … {@code // end::name[]} regions from the sources of this module, dedented. */
final class Snippets {
    private Snippets() {}

    static Path sourceOf(String className) {
        return Path.of("src/test/java/io/partita/docs", className.replace('.', '/') + ".java");
    }

    /** The region's lines with the common indentation removed, each ending in a newline. */
    static String region(String className, String tag) {
        Path source = sourceOf(className);
        List<String> lines;
        try {
            lines = Files.readAllLines(source);
        } catch (IOException e) {
            throw new UncheckedIOException("no snippet source " + source, e);
        }
        List<String> region = new ArrayList<>();
        boolean inside = false;
        boolean found = false;
        for (String line : lines) {
            String t = line.strip();
            if (t.equals("// tag::" + tag + "[]")) {
                inside = true;
                found = true;
            } else if (t.equals("// end::" + tag + "[]")) {
                inside = false;
            } else if (inside && !t.startsWith("// tag::") && !t.startsWith("// end::")) {
                region.add(line);
            }
        }
        if (!found) {
            throw new AssertionError(source + " has no region tag::" + tag + "[]");
        }
        int indent = region.stream()
                .filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length())
                .min()
                .orElse(0);
        StringBuilder b = new StringBuilder();
        for (String line : region) {
            b.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
        }
        return b.toString();
    }
}
