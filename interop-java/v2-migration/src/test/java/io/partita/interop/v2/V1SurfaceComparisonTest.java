package io.partita.interop.v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Partita's V1 API ({@code MilvusServiceClient}, its params, response wrappers, exceptions)
 * against the official 2.6.22 jar's, by reflection, as {@link V2SurfaceComparisonTest} does for
 * V2: every public class of the official V1 packages must exist under {@code io.partita} with
 * every public member, types renamed by the import rule of docs/migration.md
 * ({@code io.milvus.grpc.} → {@code io.partita.model.}, then {@code io.milvus.} →
 * {@code io.partita.}); every difference must be listed with its reason in docs/migration.md
 * ("The V1 API: what differs"), and every listed entry must still be a difference.
 */
class V1SurfaceComparisonTest {
    /** The official jar's V1 packages (everything but the protocol classes, V2 and the shaded libraries). */
    static final List<String> V1_PACKAGES = List.of(
            "io/milvus/client/",
            "io/milvus/param/",
            "io/milvus/response/",
            "io/milvus/exception/",
            "io/milvus/common/",
            "io/milvus/connection/",
            "io/milvus/pool/",
            "io/milvus/orm/");

    static String toPartita(String s) {
        return s.replace("io.milvus.grpc.", "io.partita.model.").replace("io.milvus.", "io.partita.");
    }

    @Test
    void everyDifferenceFromTheOfficialV1SurfaceIsListedWithAReason() throws Exception {
        Map<String, String> listed = V2SurfaceComparisonTest.listedDifferences("The V1 API: what differs");
        List<String> differences = V2SurfaceComparisonTest.differences(V1_PACKAGES, V1SurfaceComparisonTest::toPartita);
        if (Boolean.getBoolean("partita.printV1Differences")) {
            for (String d : differences) {
                System.out.println(d + (sameCallOtherType(d) ? "   [typed differently]" : ""));
            }
        }
        V2SurfaceComparisonTest.assertEveryDifferenceListed(differences, listed, "V1");
    }

    /** @return whether Partita has the member with the same name and parameters (another return type) */
    private static boolean sameCallOtherType(String difference) {
        if (!difference.startsWith("member ")) {
            return false;
        }
        String subject = difference.substring("member ".length());
        String className = subject.substring(0, subject.indexOf('#'));
        String sig = subject.substring(subject.indexOf('#') + 1);
        String call = sig.substring(0, sig.lastIndexOf(')') + 1);
        Class<?> c = V2Surface.load(className, V1SurfaceComparisonTest.class.getClassLoader());
        return c != null && V2Surface.members(c).stream().anyMatch(m -> m.startsWith(call + " "));
    }

    @Test
    void theCallsOfTheSeedProgramAreAllPresentAsTheOfficialTypesThem() throws Exception {
        // The comparison above could pass with everything listed; these must never be.
        Map<String, String> listed = V2SurfaceComparisonTest.listedDifferences("The V1 API: what differs");
        for (String c : List.of(
                "io.partita.client.MilvusServiceClient",
                "io.partita.param.ConnectParam",
                "io.partita.param.R",
                "io.partita.param.partition.ReleasePartitionsParam",
                "io.partita.param.partition.LoadPartitionsParam",
                "io.partita.param.dml.SearchParam",
                "io.partita.response.SearchResultsWrapper")) {
            assertThat(listed).doesNotContainKey("class " + c);
            assertThatCode(() -> Class.forName(c)).as(c).doesNotThrowAnyException();
        }
        assertThat(Class.forName("io.partita.response.SearchResultsWrapper")
                        .getMethod("getFieldData", String.class, int.class)
                        .getReturnType())
                .isEqualTo(List.class);
    }
}
