package io.partita.cli;

import io.partita.param.collection.DescribeCollectionParam;
import io.partita.param.collection.FieldType;
import io.partita.response.DescCollResponseWrapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Helpers for the commands that ask milvus_cli 1.x's questions: comma lists, numbers, field names. */
final class Answers {
    private Answers() {}

    /** {@code "a, b"} → [a, b]; an empty answer → []. */
    static List<String> commaList(String answer) {
        List<String> out = new ArrayList<>();
        Arrays.stream(answer.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .forEach(out::add);
        return out;
    }

    /** A whole number answer, or a usage error naming the question. */
    static long number(String answer, String question) {
        try {
            return Long.parseLong(answer.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(question + " must be a whole number, got \"" + answer + "\"");
        }
    }

    /** The collection's field names, shown in questions as milvus_cli shows them. */
    static List<String> fieldNames(Session session, String collection) {
        List<String> names = new ArrayList<>();
        for (FieldType f : new DescCollResponseWrapper(session.client()
                        .describeCollection(DescribeCollectionParam.newBuilder()
                                .withCollectionName(collection)
                                .build())
                        .orThrow())
                .getFields()) {
            names.add(f.getName());
        }
        return names;
    }
}
