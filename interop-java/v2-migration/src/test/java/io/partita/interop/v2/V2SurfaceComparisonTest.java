package io.partita.interop.v2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Partita's V2 API against the official 2.6.22 jar's, by reflection: every public class of
 * {@code io.milvus.v2} must exist as {@code io.partita.v2...} with every public method and
 * constructor, parameter and return types mapped {@code io.milvus} → {@code io.partita}. Each
 * difference must be listed, with its reason, in docs/migration.md ("The V2 API: what differs"),
 * and each listed difference must still be one, so the list cannot go stale.
 *
 * <p>Entries: {@code package P} (everything under P is absent), {@code class C} (C is absent),
 * {@code member C#m(..) R} (one member absent or typed differently).
 */
class V2SurfaceComparisonTest {
    private static final Pattern ENTRY = Pattern.compile("^- `(package|class|member) ([^`]+)`: (.+)$");

    @Test
    void everyDifferenceFromTheOfficialV2SurfaceIsListedWithAReason() throws Exception {
        Map<String, String> listed = listedDifferences();
        assertEveryDifferenceListed(differences(listed), listed, "V2");
    }

    /** Fails on a difference the list does not cover, and on a listed entry that covers none. */
    static void assertEveryDifferenceListed(List<String> differences, Map<String, String> listed, String api) {

        List<String> unlisted = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        for (String d : differences) {
            String key = coveringEntry(d, listed);
            if (key == null) {
                unlisted.add(d);
            } else {
                used.add(key);
            }
        }
        assertThat(unlisted)
                .as("differences from milvus-sdk-java 2.6.22's " + api + " API not listed in docs/migration.md")
                .isEmpty();
        Set<String> stale = new TreeSet<>(listed.keySet());
        stale.removeAll(used);
        assertThat(stale)
                .as("entries of docs/migration.md that are no longer differences")
                .isEmpty();
    }

    @Test
    void theCentralClassesOfTheMigratedProgramAreAllPresent() throws Exception {
        // The comparison above could pass with everything listed; these must never be.
        Map<String, String> listed = listedDifferences();
        for (String c : List.of(
                "io.partita.v2.client.MilvusClientV2",
                "io.partita.v2.client.ConnectConfig",
                "io.partita.v2.service.collection.request.CreateCollectionReq",
                "io.partita.v2.service.partition.request.ReleasePartitionsReq",
                "io.partita.v2.service.vector.request.InsertReq",
                "io.partita.v2.service.vector.request.SearchReq",
                "io.partita.v2.service.vector.response.SearchResp")) {
            assertThat(listed).doesNotContainKey("class " + c);
            assertThat(Class.forName(c)).isNotNull();
        }
    }

    /** @return each difference as an entry key: {@code class C} or {@code member C#sig} */
    private static List<String> differences(Map<String, String> listed) throws Exception {
        return differences(List.of("io/milvus/v2/"), V2SurfaceComparisonTest::toPartita);
    }

    /**
     * @param prefixes the official jar's package prefixes to compare, e.g. {@code io/milvus/v2/}
     * @param rename the import rule that names an official type as Partita does
     * @return each difference as an entry key: {@code class C} or {@code member C#sig}
     */
    static List<String> differences(List<String> prefixes, java.util.function.UnaryOperator<String> rename)
            throws Exception {
        ClassLoader loader = V2SurfaceComparisonTest.class.getClassLoader();
        Path official = Path.of(Class.forName("io.milvus.v2.client.MilvusClientV2", false, loader)
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<String> out = new ArrayList<>();
        for (String prefix : prefixes) {
            for (String name : V2Surface.publicClasses(official, prefix, loader)) {
                String partitaName = rename.apply(name);
                Class<?> partita = V2Surface.load(partitaName, loader);
                if (partita == null) {
                    out.add("class " + partitaName);
                    continue;
                }
                Set<String> have = V2Surface.members(partita);
                for (String m : V2Surface.members(V2Surface.load(name, loader))) {
                    String expected = rename.apply(m);
                    if (!have.contains(expected)) {
                        out.add("member " + partitaName + "#" + expected);
                    }
                }
            }
        }
        return out;
    }

    /** The V2 import rule: {@code io.milvus.} → {@code io.partita.}. */
    static String toPartita(String s) {
        return s.replace("io.milvus.", "io.partita.");
    }

    /**
     * @return the listed entry that covers the difference, or null. {@code package P} covers every
     *     class under P; {@code class C} covers C and its members; {@code member C#sig} covers one
     *     member. Class and member entries are globs: {@code *} is any text, {@code {a,b}} either.
     */
    static String coveringEntry(String difference, Map<String, String> listed) {
        String subject = difference.substring(difference.indexOf(' ') + 1);
        String className = subject.split("#")[0];
        for (String key : listed.keySet()) {
            String pattern = key.substring(key.indexOf(' ') + 1);
            if (key.startsWith("package ")) {
                if (className.startsWith(pattern + ".")) {
                    return key;
                }
            } else if (key.startsWith("class ")) {
                if (glob(pattern).matcher(className).matches()) {
                    return key;
                }
            } else if (difference.startsWith("member ")
                    && glob(pattern).matcher(subject).matches()) {
                return key;
            }
        }
        return null;
    }

    /** A glob: {@code *} is any text, {@code {a,b}} is a or b; everything else is literal. */
    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        boolean inBraces = false;
        for (char c : pattern.toCharArray()) {
            if (c == '*') {
                regex.append(".*");
            } else if (c == '{') {
                inBraces = true;
                regex.append("(?:");
            } else if (c == '}' && inBraces) {
                inBraces = false;
                regex.append(')');
            } else if (c == ',' && inBraces) {
                regex.append('|');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    static Map<String, String> listedDifferences() throws IOException {
        return listedDifferences("The V2 API: what differs");
    }

    /** @return the entries of the docs/migration.md section whose heading contains {@code section} */
    static Map<String, String> listedDifferences(String section) throws IOException {
        Path page = Path.of(System.getProperty("user.dir"))
                .resolve("../../docs/migration.md")
                .normalize();
        Map<String, String> entries = new LinkedHashMap<>();
        boolean inSection = false;
        for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) {
                inSection = line.contains(section);
                continue;
            }
            Matcher m = ENTRY.matcher(line);
            if (inSection && m.matches()) {
                assertThat(m.group(3).strip()).as("the reason of " + m.group(2)).hasSizeGreaterThan(10);
                entries.put(m.group(1) + " " + m.group(2), m.group(3));
            }
        }
        return entries;
    }
}
