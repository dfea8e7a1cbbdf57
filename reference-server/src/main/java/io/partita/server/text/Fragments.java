package io.partita.server.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Milvus's lexical highlighting of one text (milvus-io/milvus internal/querynodev2/delegator
 * GetHighlight, mergeOffsets, fetchFragmentsFromOffsets; internal/proxy/highlighter.go
 * buildStringFragments): the text's tokens whose term is one of the wanted terms are the matches;
 * overlapping or touching matches merge; each fragment opens {@code fragmentOffset} code points
 * before its first match and runs at least {@code fragmentSize} code points (to the text's end at
 * most), taking in every further match that starts within it and stretching to the end of the
 * last one; at most {@code numOfFragments} fragments. In a fragment the i-th match is wrapped in
 * {@code preTags[i % preTags.size()]} and {@code postTags[i % postTags.size()]}. All offsets count
 * Unicode code points, as Go's runes do. Stateless.
 */
public final class Fragments {
    private Fragments() {}

    /**
     * How fragments are cut and marked.
     *
     * @param preTags the opening tags, used in turn; not empty
     * @param postTags the closing tags, used in turn; not empty
     * @param fragmentOffset code points kept before a fragment's first match, ≥ 0
     * @param fragmentSize the least length of a fragment in code points, &gt; 0
     * @param numOfFragments the most fragments per text, ≥ 0
     */
    public record Options(
            List<String> preTags, List<String> postTags, long fragmentOffset, long fragmentSize, long numOfFragments) {
        public Options {
            preTags = List.copyOf(preTags);
            postTags = List.copyOf(postTags);
        }
    }

    /** The highlighted fragments of {@code text}: its tokens (by {@code analyzer}) that are among {@code terms}. */
    public static List<String> of(TextAnalyzer analyzer, String text, Set<String> terms, Options o) {
        if (text == null || terms.isEmpty()) {
            return List.of();
        }
        List<long[]> spans = new ArrayList<>();
        for (TextAnalyzer.Span s : analyzer.spans(text)) {
            if (terms.contains(s.token())) {
                spans.add(new long[] {s.start(), s.end()});
            }
        }
        int[] cps = text.codePoints().toArray();
        List<String> out = new ArrayList<>();
        for (Fragment f : cut(merge(spans), cps.length, o)) {
            out.add(render(cps, f, o));
        }
        return out;
    }

    /** A fragment: its bounds and its matches (pairs of start, end), in code points. */
    private record Fragment(long start, long[] end, List<long[]> matches) {}

    /** Sorted by start then end; a span starting at or before the previous one's end joins it. */
    static List<long[]> merge(List<long[]> in) {
        List<long[]> sorted = new ArrayList<>(in);
        sorted.sort(Comparator.<long[]>comparingLong(s -> s[0]).thenComparingLong(s -> s[1]));
        List<long[]> out = new ArrayList<>();
        long maxEnd = -1;
        for (long[] s : sorted) {
            if (s[1] > maxEnd) {
                if (out.isEmpty() || s[0] > out.get(out.size() - 1)[1]) {
                    out.add(new long[] {s[0], s[1]});
                } else {
                    out.get(out.size() - 1)[1] = s[1];
                }
                maxEnd = s[1];
            }
        }
        return out;
    }

    private static List<Fragment> cut(List<long[]> spans, long textLength, Options o) {
        List<Fragment> out = new ArrayList<>();
        Fragment current = null;
        for (long[] s : spans) {
            if (current == null || s[0] > current.end()[0]) {
                if (current != null) {
                    out.add(current);
                }
                if (out.size() >= o.numOfFragments()) {
                    return out;
                }
                long start = Math.max(0, s[0] - o.fragmentOffset());
                long end = Math.min(Math.max(s[1], start + o.fragmentSize()), textLength);
                List<long[]> matches = new ArrayList<>();
                matches.add(s);
                current = new Fragment(start, new long[] {end}, matches);
            } else {
                current.matches().add(s);
                if (s[1] > current.end()[0]) {
                    current.end()[0] = s[1];
                }
            }
        }
        if (current != null) {
            out.add(current);
        }
        return out;
    }

    private static String render(int[] cps, Fragment f, Options o) {
        StringBuilder b = new StringBuilder();
        int cursor = (int) f.start();
        for (int i = 0; i < f.matches().size(); i++) {
            int start = (int) f.matches().get(i)[0];
            int end = (int) f.matches().get(i)[1];
            if (cursor < start) {
                b.append(new String(cps, cursor, start - cursor));
            }
            b.append(o.preTags().get(i % o.preTags().size()));
            b.append(new String(cps, start, end - start));
            b.append(o.postTags().get(i % o.postTags().size()));
            cursor = end;
        }
        int end = (int) f.end()[0];
        if (cursor < end) {
            b.append(new String(cps, cursor, end - cursor));
        }
        return b.toString();
    }
}
