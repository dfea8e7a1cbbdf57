package io.partita.server.grpc;

import io.partita.server.model.FieldColumn;
import io.partita.server.model.SearchResult;
import io.partita.server.storage.Columns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The last step of every function score (decay, boost): each query's hits put in the order of
 * their new scores, ties kept in the order the search found them, with the fields the caller did
 * not ask for dropped.
 */
final class RescoredHits {
    private RescoredHits() {}

    /**
     * @param scores the new score of every hit of {@code res}, in its order
     * @param descending whether a larger score ranks first
     * @param hidden fields read for scoring only, left out of the answer
     */
    static SearchResult reorder(SearchResult res, float[] scores, boolean descending, Set<String> hidden) {
        List<Integer> order = new ArrayList<>(scores.length);
        int start = 0;
        for (long k : res.topks()) {
            List<Integer> hits = new ArrayList<>();
            for (int i = start; i < start + k; i++) {
                hits.add(i);
            }
            Comparator<Integer> by = Comparator.comparingDouble(i -> scores[i]);
            hits.sort(descending ? by.reversed() : by);
            order.addAll(hits);
            start += (int) k;
        }
        int[] perm = order.stream().mapToInt(Integer::intValue).toArray();
        float[] sorted = new float[perm.length];
        for (int i = 0; i < perm.length; i++) {
            sorted[i] = scores[perm[i]];
        }
        List<FieldColumn> fields = new ArrayList<>();
        for (FieldColumn c : res.fields()) {
            if (!hidden.contains(c.name())) {
                fields.add(Columns.select(List.of(c), perm));
            }
        }
        return new SearchResult(
                res.numQueries(),
                res.topK(),
                res.topks(),
                Columns.select(List.of(res.ids()), perm),
                sorted,
                fields,
                res.groupByValues() == null ? null : Columns.select(List.of(res.groupByValues()), perm),
                res.iterator());
    }
}
