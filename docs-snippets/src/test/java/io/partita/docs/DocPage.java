package io.partita.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Markdown page of {@code docs/} with its fenced code blocks. Every block is preceded by a
 * marker comment saying how it is tested:
 * <ul>
 *   <li>{@code <!-- snippet: ClassName#tag -->}: equals the tagged region of a source in this module;</li>
 *   <li>{@code <!-- run: cli -->} / {@code <!-- run: curl -->} / {@code <!-- run: shell -->}: executed by the page's test;</li>
 *   <li>{@code <!-- checked: what -->}: checked by the page's test in another way (e.g. Maven coordinates);</li>
 *   <li>{@code <!-- output -->}: what the block above prints, compared by the page's test.</li>
 * </ul>
 */
final class DocPage {
    private static final Pattern FENCE = Pattern.compile("(?m)^```([a-z]*)\\n(.*?)^```\\s*$", Pattern.DOTALL);
    private static final Pattern MARKER = Pattern.compile("<!--\\s*([a-z]+):?\\s*(.*?)\\s*-->\\s*$");

    /** A fenced block: its language, text (with final newline) and marker. */
    record Block(String language, String text, String kind, String argument, int line) {}

    private final Path path;
    private final List<Block> blocks;

    private DocPage(Path path, List<Block> blocks) {
        this.path = path;
        this.blocks = blocks;
    }

    static Path docsDir() {
        return Path.of(System.getProperty("partita.docs.dir", "../docs"))
                .toAbsolutePath()
                .normalize();
    }

    static DocPage load(String name) {
        return parse(docsDir().resolve(name));
    }

    static DocPage parse(Path path) {
        String text;
        try {
            text = Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Block> blocks = new ArrayList<>();
        Matcher m = FENCE.matcher(text);
        while (m.find()) {
            String before = text.substring(0, m.start()).stripTrailing();
            String lastLine = before.substring(before.lastIndexOf('\n') + 1);
            Matcher marker = MARKER.matcher(lastLine);
            int line = (int) text.substring(0, m.start())
                            .chars()
                            .filter(c -> c == '\n')
                            .count()
                    + 1;
            if (marker.find()) {
                blocks.add(new Block(m.group(1), m.group(2), marker.group(1), marker.group(2), line));
            } else {
                blocks.add(new Block(m.group(1), m.group(2), "", "", line));
            }
        }
        return new DocPage(path, blocks);
    }

    Path path() {
        return path;
    }

    String name() {
        return path.getFileName().toString();
    }

    List<Block> blocks() {
        return blocks;
    }

    /** The blocks marked {@code <!-- run: kind -->}. */
    List<Block> runBlocks(String kind) {
        return blocks.stream()
                .filter(b -> b.kind().equals("run") && b.argument().equals(kind))
                .toList();
    }

    /** The single block marked {@code <!-- run: kind -->}. */
    Block runBlock(String kind) {
        List<Block> found = runBlocks(kind);
        if (found.size() != 1) {
            throw new AssertionError(name() + " should have exactly one '" + kind + "' block, has " + found.size());
        }
        return found.get(0);
    }

    /** The block right after {@code block}, which must be marked {@code <!-- output -->}. */
    Block outputOf(Block block) {
        int i = blocks.indexOf(block);
        if (i + 1 >= blocks.size() || !blocks.get(i + 1).kind().equals("output")) {
            throw new AssertionError(name() + " line " + block.line() + ": no <!-- output --> block follows");
        }
        return blocks.get(i + 1);
    }

    /** The name of the test class that runs this page's blocks: release_partition.md → ReleasePartitionPageTest. */
    String testClassName() {
        StringBuilder b = new StringBuilder();
        for (String part : name().replace(".md", "").split("[_-]")) {
            b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return b + "PageTest";
    }
}
